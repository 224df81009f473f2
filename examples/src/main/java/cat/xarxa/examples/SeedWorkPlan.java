package cat.xarxa.examples;

import cat.xarxa.Xarxa;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.governance.Body;
import cat.xarxa.governance.EventKind;
import cat.xarxa.governance.NetworkEvent;
import cat.xarxa.governance.ScheduleEvent;
import cat.xarxa.json.XarxaJson;
import cat.xarxa.workplan.ActionStatus;
import cat.xarxa.workplan.AdoptWorkPlan;
import cat.xarxa.workplan.Evidence;
import cat.xarxa.workplan.EvidenceKind;
import cat.xarxa.workplan.PlanAction;
import cat.xarxa.workplan.PlanProgress;
import cat.xarxa.workplan.ReportProgress;
import cat.xarxa.workplan.Responsible;
import cat.xarxa.workplan.ResponsibleKind;
import cat.xarxa.workplan.WorkPlan;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * The network's first work plan, 2017–2019 (seed 001), shipped as data in
 * {@code cat/xarxa/examples/work-plan-2017-2019.json}: loaded, adopted, asked who answers for what,
 * and one action's progress reported with an event as evidence. On a throwaway in-memory store.
 *
 * <p>Its test ({@code SeedWorkPlanTest}) runs it with the build; from an IDE, run
 * {@link #main(String[])}.
 */
public final class SeedWorkPlan {

    /** The plan file on the class path. */
    static final String PLAN = "cat/xarxa/examples/work-plan-2017-2019.json";

    private SeedWorkPlan() {
    }

    public static void main(String[] args) {
        run(System.out);
    }

    /** The seed's plan as the file gives it, ready to adopt. */
    static AdoptWorkPlan seedPlan() {
        try (InputStream in = SeedWorkPlan.class.getClassLoader().getResourceAsStream(PLAN)) {
            if (in == null) {
                throw new IllegalStateException("the example's plan is not on the class path: " + PLAN);
            }
            return XarxaJson.readWorkPlan(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tells the story to {@code out}. */
    public static void run(PrintStream out) {
        Clock clock = Clock.fixed(Instant.parse("2017-12-31T12:00:00Z"), Xarxa.NETWORK_ZONE);
        try (Xarxa xarxa = Xarxa.builder().setting(Xarxa.STORAGE, "memory").clock(clock).build()) {
            WorkPlan plan = xarxa.workPlans().adopt(seedPlan()).orElseThrow();
            long objectives = plan.lines().stream().mapToLong(l -> l.objectives().size()).sum();
            out.println(plan.title() + ": " + plan.lines().size() + " lines, " + objectives + " objectives, "
                    + plan.actions().count() + " actions");
            long basicLines = plan.actions().filter(a -> a.basicLines().contains(Responsible.body(Body.TECHNICAL_COMMISSION)))
                    .count();
            out.println("The Technical Commission answers for " + xarxa.workPlans().actionsOf(Body.TECHNICAL_COMMISSION).size()
                    + " actions and sets the basic lines of " + basicLines);
            out.println("The Technical Secretariat executes " + plan.actions()
                    .filter(a -> a.execution().contains(Responsible.body(Body.TECHNICAL_SECRETARIAT))).count());
            PlanAction lobbying = plan.action("II.1.1").orElseThrow();
            out.println("II.1.1 is executed by " + lobbying.execution().stream().map(SeedWorkPlan::named)
                    .collect(Collectors.joining(", ")));

            NetworkEvent meeting = xarxa.governance().schedule(new ScheduleEvent(EventKind.OTHER,
                    "Primera trobada anual de la xarxa", LocalDate.of(2017, 11, 3), null, null, MeetingFormat.IN_PERSON,
                    "Sabadell", null)).orElseThrow();
            xarxa.workPlans().report(new ReportProgress(plan.id(), "I.2.1", ActionStatus.IN_PROGRESS, 33,
                    new Evidence(EvidenceKind.EVENT, meeting.id().toString(), "1a de 3 trobades anuals",
                            LocalDate.of(2017, 11, 3)), LocalDate.of(2017, 11, 6))).orElseThrow();
            PlanProgress progress = xarxa.workPlans().progress(plan.id()).orElseThrow();
            out.println("In progress: " + progress.byStatus().get(ActionStatus.IN_PROGRESS) + ", planned: "
                    + progress.byStatus().get(ActionStatus.PLANNED) + ", mean progress "
                    + progress.meanProgress() + " %");
        }
    }

    private static String named(Responsible responsible) {
        return responsible.kind() == ResponsibleKind.BODY ? responsible.body().name()
                : responsible.kind() == ResponsibleKind.MEMBERS ? "the members" : responsible.name();
    }
}

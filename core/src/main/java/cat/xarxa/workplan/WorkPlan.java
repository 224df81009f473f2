package cat.xarxa.workplan;

import cat.xarxa.common.Reason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A work plan for a period (e.g. 2017–2019, or 2022): strategic lines, their objectives and their
 * actions, with each action's progress. Immutable.
 *
 * @param id        the id
 * @param title     its title
 * @param firstYear the first year it covers
 * @param lastYear  the last year it covers
 * @param adoptedOn when it was adopted
 * @param reference the decision that adopted it; may be empty
 * @param lines     its strategic lines, in order
 * @param version   the version the store last saved; 0 if never stored
 */
public record WorkPlan(PlanId id, String title, int firstYear, int lastYear, LocalDate adoptedOn, String reference,
                       List<StrategicLine> lines, long version) {

    /** The aggregate type in the journal. */
    public static final String AGGREGATE_TYPE = "work-plan";

    public WorkPlan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(adoptedOn, "adoptedOn");
        reference = reference == null ? "" : reference;
        lines = List.copyOf(lines);
    }

    /** The same plan as stored at a version. */
    public WorkPlan withVersion(long storedVersion) {
        return new WorkPlan(id, title, firstYear, lastYear, adoptedOn, reference, lines, storedVersion);
    }

    /** Every action, in the plan's order. */
    public Stream<PlanAction> actions() {
        return lines.stream().flatMap(l -> l.objectives().stream()).flatMap(o -> o.actions().stream());
    }

    /** The action with this code, if the plan has it. */
    public Optional<PlanAction> action(String code) {
        return actions().filter(a -> a.code().equals(code)).findFirst();
    }

    /** Whether a year falls in the plan's period. */
    public boolean covers(int year) {
        return year >= firstYear && year <= lastYear;
    }

    /** The same plan with one action replaced by its new state (same code). */
    public WorkPlan with(PlanAction changed) {
        List<StrategicLine> newLines = lines.stream().map(l -> new StrategicLine(l.code(), l.title(),
                l.objectives().stream().map(o -> new Objective(o.code(), o.title(), o.actions().stream()
                        .map(a -> a.code().equals(changed.code()) ? changed : a).toList())).toList())).toList();
        return new WorkPlan(id, title, firstYear, lastYear, adoptedOn, reference, newLines, version);
    }

    /**
     * What is wrong with the plan as a whole: a period that runs backwards, codes used twice,
     * timetable cells outside the period, actions without anyone to answer for them.
     */
    public List<Reason> problems() {
        List<Reason> problems = new ArrayList<>();
        if (lastYear < firstYear) {
            problems.add(Reason.of("plan.period-backwards", firstYear, lastYear));
        }
        if (lines.isEmpty()) {
            problems.add(Reason.of("plan.empty", title));
        }
        Set<String> codes = new HashSet<>();
        for (StrategicLine line : lines) {
            addCode(codes, line.code(), problems);
            for (Objective objective : line.objectives()) {
                addCode(codes, objective.code(), problems);
                for (PlanAction action : objective.actions()) {
                    addCode(codes, action.code(), problems);
                    action.when().stream().filter(c -> !covers(c.year()))
                            .forEach(c -> problems.add(Reason.of("plan.cell-outside-period", action.code(), c,
                                    firstYear, lastYear)));
                    if (action.basicLines().isEmpty() && action.execution().isEmpty()) {
                        problems.add(Reason.of("plan.action-without-responsible", action.code()));
                    }
                }
            }
        }
        return problems;
    }

    private static void addCode(Set<String> codes, String code, List<Reason> problems) {
        if (code.isBlank()) {
            problems.add(Reason.of("plan.code-blank"));
        } else if (!codes.add(code)) {
            problems.add(Reason.of("plan.duplicate-code", code));
        }
    }
}

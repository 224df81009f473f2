package cat.xarxa.workplan;

import java.util.List;
import java.util.Objects;

/**
 * An action of a plan (seed 001): who sets its basic lines, who executes it, who supports it,
 * when (its cells of the timetable), and how far it has got with what shows it.
 *
 * @param code       its code, unique in the plan, e.g. {@code I.1.3}
 * @param title      what it is
 * @param basicLines who sets its basic lines (Línies bàsiques); may be empty
 * @param execution  who executes it (Execució); may be empty
 * @param support    who supports it (Suport); may be empty
 * @param when       the cells of the timetable it is planned in, in order; may be empty
 * @param status     planned, in progress, done or dropped
 * @param progress   0 to 100
 * @param evidence   what shows its progress, oldest first
 */
public record PlanAction(String code, String title, List<Responsible> basicLines, List<Responsible> execution,
                         List<Responsible> support, List<PlanCell> when, ActionStatus status, int progress,
                         List<Evidence> evidence) {

    public PlanAction {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        basicLines = List.copyOf(basicLines);
        execution = List.copyOf(execution);
        support = List.copyOf(support);
        when = List.copyOf(when);
        Objects.requireNonNull(status, "status");
        evidence = List.copyOf(evidence);
        if (progress < 0 || progress > 100) {
            throw new IllegalArgumentException("progress is 0 to 100: " + progress);
        }
        if (status == ActionStatus.DONE && progress != 100) {
            throw new IllegalArgumentException("a done action is at 100");
        }
    }

    /** A planned action, not started. */
    public static PlanAction planned(String code, String title, List<Responsible> basicLines,
                                     List<Responsible> execution, List<Responsible> support, List<PlanCell> when) {
        return new PlanAction(code, title, basicLines, execution, support, when, ActionStatus.PLANNED, 0, List.of());
    }

    /** Everyone who answers for it, in any part. */
    public List<Responsible> responsibles() {
        return java.util.stream.Stream.of(basicLines, execution, support).flatMap(List::stream).distinct().toList();
    }

    /** The same action with a new status, progress and, if given, one more piece of evidence. */
    public PlanAction progressed(ActionStatus newStatus, int newProgress, Evidence more) {
        List<Evidence> all = new java.util.ArrayList<>(evidence);
        if (more != null) {
            all.add(more);
        }
        return new PlanAction(code, title, basicLines, execution, support, when, newStatus, newProgress, all);
    }
}

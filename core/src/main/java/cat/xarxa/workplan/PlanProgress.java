package cat.xarxa.workplan;

import java.util.Map;

/**
 * How far a plan has got: actions by status and the mean progress.
 *
 * @param plan         the plan
 * @param byStatus     how many actions in each status
 * @param meanProgress the mean progress of the actions not dropped, 0 to 100
 */
public record PlanProgress(PlanId plan, Map<ActionStatus, Long> byStatus, double meanProgress) {
    public PlanProgress {
        byStatus = Map.copyOf(byStatus);
    }
}

package cat.xarxa.workplan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * How far a plan has got: actions by status, and the progress of the actions not dropped, kept as
 * whole points so that the mean is exact.
 *
 * @param plan           the plan
 * @param byStatus       how many actions in each status
 * @param progressPoints the sum of the progress (0 to 100 each) of the actions not dropped
 * @param counted        how many actions are not dropped
 */
public record PlanProgress(PlanId plan, Map<ActionStatus, Long> byStatus, long progressPoints, long counted) {

    public PlanProgress {
        byStatus = Map.copyOf(byStatus);
        if (progressPoints < 0 || counted < 0 || progressPoints > 100 * counted) {
            throw new IllegalArgumentException("progress points are 0 to 100 per action counted");
        }
    }

    /** The mean progress of the actions not dropped, 0 to 100 with one decimal, half up; 0 when none. */
    public BigDecimal meanProgress() {
        if (counted == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(progressPoints).divide(BigDecimal.valueOf(counted), 1, RoundingMode.HALF_UP);
    }
}

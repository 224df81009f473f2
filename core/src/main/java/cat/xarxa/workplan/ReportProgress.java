package cat.xarxa.workplan;

import cat.xarxa.common.CommandValidator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Reports an action's progress, with a piece of evidence if there is one. The evidence must point
 * at something the network holds (an event, a product, an advisory, a practice, a training) or be
 * an http(s) link.
 *
 * @param plan      the plan
 * @param action    the action's code
 * @param status    its status now
 * @param progress  0 to 100; 100 when done
 * @param evidence  what shows it, or null
 * @param on        the date of the report
 */
public record ReportProgress(
        @NotNull PlanId plan,
        @NotBlank @Size(max = 30) String action,
        @NotNull ActionStatus status,
        @Min(0) @Max(100) int progress,
        Evidence evidence,
        @NotNull LocalDate on) {

    public ReportProgress {
        CommandValidator.requireValid(ReportProgress.class, plan, action, status, progress, evidence, on);
        action = action.trim();
    }
}

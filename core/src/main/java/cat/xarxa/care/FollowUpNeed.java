package cat.xarxa.care;

import cat.xarxa.common.CommandValidator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Records a follow-up of a need and the status it leaves it in.
 *
 * @param needId the need
 * @param on     the date
 * @param status the status after it
 * @param note   what was done; may be null
 */
public record FollowUpNeed(@NotNull NeedId needId, @NotNull LocalDate on, @NotNull NeedStatus status,
                           @Size(max = 2000) String note) {

    public FollowUpNeed {
        CommandValidator.requireValid(FollowUpNeed.class, needId, on, status, note);
    }
}

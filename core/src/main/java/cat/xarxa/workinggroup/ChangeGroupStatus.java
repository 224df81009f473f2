package cat.xarxa.workinggroup;

import cat.xarxa.common.CommandValidator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Activates or closes a working group.
 *
 * @param group the group
 * @param status the new status
 * @param on the date
 * @param reference the decision; may be null
 */
public record ChangeGroupStatus(
        @NotNull WorkingGroupId group,
        @NotNull GroupStatus status,
        @NotNull LocalDate on,
        @Size(max = 200) String reference) {

    public ChangeGroupStatus {
        CommandValidator.requireValid(ChangeGroupStatus.class, group, status, on, reference);
    }
}

package cat.xarxa.workinggroup;

import cat.xarxa.common.CommandValidator;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A council, or a person of it, leaves a working group.
 *
 * @param group the group
 * @param council the council
 * @param person the person, or null for the council as such
 * @param on the date
 */
public record LeaveGroup(
        @NotNull WorkingGroupId group,
        @NotNull MemberId council,
        PersonId person,
        @NotNull LocalDate on) {

    public LeaveGroup {
        CommandValidator.requireValid(LeaveGroup.class, group, council, person, on);
    }
}

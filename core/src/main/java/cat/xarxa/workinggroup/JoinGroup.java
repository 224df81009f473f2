package cat.xarxa.workinggroup;

import cat.xarxa.common.CommandValidator;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A council, or a person of it, joins a working group. Pending members may take part.
 *
 * @param group the group
 * @param council the council
 * @param person the person, or null for the council as such
 * @param on the date
 */
public record JoinGroup(
        @NotNull WorkingGroupId group,
        @NotNull MemberId council,
        PersonId person,
        @NotNull LocalDate on) {

    public JoinGroup {
        CommandValidator.requireValid(JoinGroup.class, group, council, person, on);
    }
}

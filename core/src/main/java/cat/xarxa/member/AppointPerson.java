package cat.xarxa.member;

import cat.xarxa.common.CommandValidator;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A person starts holding a role for a member (e.g. the council's technical contact).
 *
 * @param memberId the member
 * @param personId the person, registered before
 * @param role     the role
 * @param from     the first day
 */
public record AppointPerson(@NotNull MemberId memberId, @NotNull PersonId personId, @NotNull Role role,
                            @NotNull LocalDate from) {

    public AppointPerson {
        CommandValidator.requireValid(AppointPerson.class, memberId, personId, role, from);
    }
}

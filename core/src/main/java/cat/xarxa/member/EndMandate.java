package cat.xarxa.member;

import cat.xarxa.common.CommandValidator;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A person stops holding a role, with nobody after them yet (e.g. a technician leaves).
 *
 * @param memberId the member
 * @param personId the person
 * @param role     the role
 * @param on       the day it ends (no longer included)
 */
public record EndMandate(@NotNull MemberId memberId, @NotNull PersonId personId, @NotNull Role role, @NotNull LocalDate on) {

    public EndMandate {
        CommandValidator.requireValid(EndMandate.class, memberId, personId, role, on);
    }
}

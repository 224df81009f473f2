package cat.xarxa.governance;

import cat.xarxa.common.CommandValidator;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A council or a person takes a seat on a body.
 *
 * @param body    the body
 * @param council the council, or null for a person on their own
 * @param person  the person, or null when the council names none
 * @param role    a role tag, e.g. {@code member}
 * @param from    the first day
 */
public record TakeSeat(
        @NotNull Body body,
        MemberId council,
        PersonId person,
        @NotBlank @Size(max = 60) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String role,
        @NotNull LocalDate from) {

    public TakeSeat {
        CommandValidator.requireValid(TakeSeat.class, body, council, person, role, from);
        role = role.trim();
    }
}

package cat.xarxa.member;

import cat.xarxa.common.CommandValidator;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * The holder of a role hands it over (e.g. a new elected representative after municipal
 * elections): the outgoing mandate ends on {@code on}, the successor's starts that day.
 *
 * @param memberId  the member
 * @param role      the role handed over
 * @param successor the person who takes it, registered before
 * @param on        the successor's first day
 */
public record HandOver(@NotNull MemberId memberId, @NotNull Role role, @NotNull PersonId successor, @NotNull LocalDate on) {

    public HandOver {
        CommandValidator.requireValid(HandOver.class, memberId, role, successor, on);
    }
}

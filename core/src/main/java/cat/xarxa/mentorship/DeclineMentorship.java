package cat.xarxa.mentorship;

import cat.xarxa.common.CommandValidator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The mentor declines a proposal, freely: no obligation, and a reason is optional.
 *
 * @param mentorship the proposal
 * @param reason why; may be null
 * @param on the date
 */
public record DeclineMentorship(
        @NotNull MentorshipId mentorship,
        @Size(max = 500) String reason,
        @NotNull LocalDate on) {

    public DeclineMentorship {
        CommandValidator.requireValid(DeclineMentorship.class, mentorship, reason, on);
    }
}

package cat.xarxa.mentorship;

import cat.xarxa.common.CommandValidator;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * The mentor accepts a proposal; the mentorship starts.
 *
 * @param mentorship the proposal
 * @param on the date
 */
public record AcceptMentorship(
        @NotNull MentorshipId mentorship,
        @NotNull LocalDate on) {

    public AcceptMentorship {
        CommandValidator.requireValid(AcceptMentorship.class, mentorship, on);
    }
}

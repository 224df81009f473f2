package cat.xarxa.mentorship;

import cat.xarxa.common.CommandValidator;
import cat.xarxa.member.PersonId;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * Completes a mentorship: two meetings at least and the documentation shared.
 *
 * @param mentorship the mentorship
 * @param by the mentor or the mentee
 * @param on the date
 */
public record CompleteMentorship(
        @NotNull MentorshipId mentorship,
        @NotNull PersonId by,
        @NotNull LocalDate on) {

    public CompleteMentorship {
        CommandValidator.requireValid(CompleteMentorship.class, mentorship, by, on);
    }
}

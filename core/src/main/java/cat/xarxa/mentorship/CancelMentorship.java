package cat.xarxa.mentorship;

import cat.xarxa.common.CommandValidator;
import cat.xarxa.member.PersonId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Either person cancels a mentorship (or the mentee withdraws a proposal), with a reason.
 *
 * @param mentorship the mentorship
 * @param by the mentor or the mentee
 * @param reason why
 * @param on the date
 */
public record CancelMentorship(
        @NotNull MentorshipId mentorship,
        @NotNull PersonId by,
        @NotBlank @Size(max = 500) String reason,
        @NotNull LocalDate on) {

    public CancelMentorship {
        CommandValidator.requireValid(CancelMentorship.class, mentorship, by, reason, on);
        reason = reason.trim();
    }
}

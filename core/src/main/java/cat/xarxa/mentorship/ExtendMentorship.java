package cat.xarxa.mentorship;

import cat.xarxa.common.CommandValidator;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * Both people agree explicitly to extend a mentorship to a later end date.
 *
 * @param mentorship the mentorship
 * @param until the new end date
 * @param mentorAgreedOn when the mentor agreed
 * @param menteeAgreedOn when the mentee agreed
 */
public record ExtendMentorship(
        @NotNull MentorshipId mentorship,
        @NotNull LocalDate until,
        @NotNull LocalDate mentorAgreedOn,
        @NotNull LocalDate menteeAgreedOn) {

    public ExtendMentorship {
        CommandValidator.requireValid(ExtendMentorship.class, mentorship, until, mentorAgreedOn, menteeAgreedOn);
    }
}

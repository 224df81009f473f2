package cat.xarxa.mentorship;

import cat.xarxa.common.CommandValidator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The mentee shares the documentation of the mentorship with the network: a summary, a link, or both.
 *
 * @param mentorship the mentorship
 * @param summary the summary; may be null if there is a link
 * @param link where it is; may be null if there is a summary
 * @param on the date
 */
public record ShareDocumentation(
        @NotNull MentorshipId mentorship,
        @Size(max = 4000) String summary,
        @Size(max = 500) String link,
        @NotNull LocalDate on) {

    public ShareDocumentation {
        CommandValidator.requireValid(ShareDocumentation.class, mentorship, summary, link, on);
    }
}

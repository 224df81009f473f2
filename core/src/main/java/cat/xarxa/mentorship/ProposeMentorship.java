package cat.xarxa.mentorship;

import cat.xarxa.common.CommandValidator;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A person of a member council's technical team proposes a mentorship to a mentor.
 *
 * @param mentee the person who asks
 * @param menteeCouncil their member council
 * @param mentor the mentor asked
 * @param topic one of the mentor's topics
 * @param proposal what they would like; may be null
 * @param on the date
 */
public record ProposeMentorship(
        @NotNull PersonId mentee,
        @NotNull MemberId menteeCouncil,
        @NotNull PersonId mentor,
        @NotBlank @Size(max = 60) String topic,
        @Size(max = 2000) String proposal,
        @NotNull LocalDate on) {

    public ProposeMentorship {
        CommandValidator.requireValid(ProposeMentorship.class, mentee, menteeCouncil, mentor, topic, proposal, on);
        topic = topic.trim();
    }
}

package cat.xarxa.care;

import cat.xarxa.common.CommandValidator;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Logs a contact with a member (a question about how the network works, about fee payment...).
 *
 * @param memberId the member
 * @param on       the date
 * @param channel  how
 * @param topic    about what
 * @param note     what was said or agreed; may be null
 * @param personId the member's person spoken with; may be null
 */
public record LogContact(@NotNull MemberId memberId, @NotNull LocalDate on, @NotNull Channel channel,
                         @NotNull ContactTopic topic, @Size(max = 2000) String note, PersonId personId) {

    public LogContact {
        CommandValidator.requireValid(LogContact.class, memberId, on, channel, topic, note, personId);
    }
}

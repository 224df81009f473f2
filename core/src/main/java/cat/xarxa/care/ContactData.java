package cat.xarxa.care;

import cat.xarxa.common.PersonalData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A logged contact as an import format reads it, before it is checked.
 *
 * @param id      the id as text (a UUID)
 * @param member  the member's id as text
 * @param on      the date
 * @param channel how
 * @param topic   about what
 * @param note    the note, or empty
 * @param person  the person's id as text, or null
 */
public record ContactData(
        @NotBlank @Size(max = 36) String id,
        @NotBlank @Size(max = 36) String member,
        @NotNull LocalDate on,
        @NotNull Channel channel,
        @NotNull ContactTopic topic,
        @PersonalData @Size(max = 2000) String note,
        @Size(max = 36) String person) {

    /** The data of a stored contact, as an export writes it. */
    public static ContactData of(Contact contact) {
        return new ContactData(contact.id().toString(), contact.member().toString(), contact.on(), contact.channel(),
                contact.topic(), contact.note(), contact.with().map(Object::toString).orElse(null));
    }
}

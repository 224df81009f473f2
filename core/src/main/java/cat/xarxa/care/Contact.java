package cat.xarxa.care;

import cat.xarxa.common.PersonalData;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One contact with a member in the follow-up log (seguiment i cura dels membres): when, how,
 * about what, with whom, and a note. The log only grows.
 *
 * @param id      the id
 * @param member  the member
 * @param on      the date
 * @param channel how
 * @param topic   about what
 * @param note    what was said or agreed; never null, may be empty
 * @param person  the member's person spoken with, or null
 */
public record Contact(ContactId id, MemberId member, LocalDate on, Channel channel, ContactTopic topic, @PersonalData String note,
                      PersonId person) {

    /** The aggregate type in the journal. */
    public static final String AGGREGATE_TYPE = "contact";

    public Contact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(topic, "topic");
        note = note == null ? "" : note;
    }

    /** The person spoken with, if recorded. */
    public Optional<PersonId> with() {
        return Optional.ofNullable(person);
    }
}

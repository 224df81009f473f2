package cat.xarxa.privacy;

import cat.xarxa.member.PersonId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A person whose data is due for erasure.
 *
 * @param person        the person
 * @param lastLinkEnded the day their last link to the network ended (or, with no link at all,
 *                      the day they were registered)
 * @param erasableFrom  the first day the retention policy lets their contact data go
 */
public record DueForErasure(PersonId person, LocalDate lastLinkEnded, LocalDate erasableFrom) {
    public DueForErasure {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(lastLinkEnded, "lastLinkEnded");
        Objects.requireNonNull(erasableFrom, "erasableFrom");
    }
}

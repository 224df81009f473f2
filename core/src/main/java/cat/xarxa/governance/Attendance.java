package cat.xarxa.governance;

import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import java.util.Objects;

/**
 * A council that attended an event, with the person who came for it when known.
 *
 * @param council the council
 * @param person  the person, or null
 */
public record Attendance(MemberId council, PersonId person) {
    public Attendance {
        Objects.requireNonNull(council, "council");
    }
}

package cat.xarxa.workinggroup;

import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A council, or a person of a council, taking part in a group from a date, until they leave.
 * Pending members may take part.
 *
 * @param council the council
 * @param person  the person; null for the council as such
 * @param from    when they joined
 * @param until   when they left; null while they take part
 */
public record Participation(MemberId council, PersonId person, LocalDate from, LocalDate until) {
    public Participation {
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(from, "from");
        if (until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("a participation ends after it starts: " + from + " > " + until);
        }
    }

    /** Whether it lasts on a date (the leaving day itself is outside). */
    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && (until == null || date.isBefore(until));
    }
}

package cat.xarxa.governance;

import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A council's or a person's seat on a body (a commission, the secretariat, the presidency) for a
 * period. Immutable.
 *
 * @param id      the id
 * @param body    the body; never the General Assembly, which is every member
 * @param council the council that holds the seat, or null for a person on their own (e.g. the
 *                secretariat's staff)
 * @param person  the person who sits, or null when the council has not named one
 * @param role    a role tag, e.g. {@code president}, {@code member}, {@code secretary}
 * @param from    the first day
 * @param until   the last day, or null while the seat is held
 * @param version the version the store last saved; 0 if never stored
 */
public record BodySeat(SeatId id, Body body, MemberId council, PersonId person, String role, LocalDate from,
                       LocalDate until, long version) {

    /** The aggregate type in the journal. */
    public static final String AGGREGATE_TYPE = "body-seat";

    public BodySeat {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(from, "from");
        if (council == null && person == null) {
            throw new IllegalArgumentException("a seat is held by a council, a person or both");
        }
        if (until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("a seat ends on or after the day it starts");
        }
    }

    /** Whether the seat is held on the date. */
    public boolean heldOn(LocalDate date) {
        return !date.isBefore(from) && (until == null || !date.isAfter(until));
    }

    /** The same seat as stored at a version. */
    public BodySeat withVersion(long storedVersion) {
        return new BodySeat(id, body, council, person, role, from, until, storedVersion);
    }

    /** The same seat ended on a day. */
    public BodySeat endedOn(LocalDate last) {
        return new BodySeat(id, body, council, person, role, from, last, version);
    }
}

package cat.xarxa.jdbc;

import cat.xarxa.common.MeetingFormat;
import cat.xarxa.governance.Attendance;
import cat.xarxa.governance.EventId;
import cat.xarxa.governance.EventKind;
import cat.xarxa.governance.EventStatus;
import cat.xarxa.governance.NetworkEvent;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads events from two results read side by side, the queries of {@link JdbcEvents}: the events'
 * rows and their attendance, both in the same order of events (by id, in the collation every id
 * column has, or by day then id), the attendance then by position. The consecutive attendance rows
 * with the id of the event at hand are its own; none is left behind, since the queries select the
 * attendance of the same events, and the foreign key keeps attendance from outliving its event.
 *
 * <p>Two queries rather than one join, as for working groups ({@link WorkingGroupRows}): a join
 * would repeat an event per council that attended.
 */
final class EventRows {

    /** The columns of the events' query, in order. */
    static final String EVENT_COLUMNS = "e.id, e.kind, e.title, e.held_on, e.starts_at, e.ends_at, e.meeting_format,"
            + " e.place, e.link, e.status, e.version";
    /** The columns of the attendance's query, in order. */
    static final String ATTENDANCE_COLUMNS = "a.event_id, a.member_id, a.person_id";

    private final RowsAhead events;
    private final RowsAhead attendance;
    private final Database database;

    /**
     * Starts before the first row of each result.
     *
     * @param results the events and the attendance, in that order
     */
    EventRows(List<ResultSet> results, Database database) throws SQLException {
        this.events = new RowsAhead(results.get(0));
        this.attendance = new RowsAhead(results.get(1));
        this.database = database;
    }

    /** The next event, with its attendance, or empty when the rows are used up. */
    Optional<NetworkEvent> next() throws SQLException {
        if (!events.onRow()) {
            return Optional.empty();
        }
        ResultSet row = events.rows();
        String id = row.getString(RowsAhead.OWNER);
        try {
            NetworkEvent event = new NetworkEvent(EventId.parse(id), EventKind.valueOf(row.getString(2)),
                    row.getString(3), row.getObject(4, LocalDate.class), row.getObject(5, LocalTime.class),
                    row.getObject(6, LocalTime.class), MeetingFormat.valueOf(row.getString(7)), row.getString(8),
                    row.getString(9), EventStatus.valueOf(row.getString(10)), attendanceOf(id), row.getLong(11));
            events.advance();
            return Optional.of(event);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw database.failure("reading event " + id + ", which is stored in a state no event can have", e);
        }
    }

    private List<Attendance> attendanceOf(String id) throws SQLException {
        List<Attendance> found = new ArrayList<>();
        ResultSet row = attendance.rows();
        for (; attendance.isOf(id); attendance.advance()) {
            String person = row.getString(3);
            found.add(new Attendance(MemberId.parse(row.getString(2)), person == null ? null : PersonId.parse(person)));
        }
        return found;
    }
}

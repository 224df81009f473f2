package cat.xarxa.jdbc;

import cat.xarxa.common.ConcurrentUpdateException;
import cat.xarxa.governance.Attendance;
import cat.xarxa.governance.EventId;
import cat.xarxa.governance.NetworkEvent;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The events of the network's calendar in table {@code xarxa_event} with their attendance in
 * {@code xarxa_event_attendance}, within one unit of work: the event part of
 * {@link JdbcGovernanceRecords}. An event is read by two queries, its row and its attendance, read
 * side by side (see {@link EventRows}); {@link #all()} streams the same two for every event, and
 * {@link #between} reads them for the events of some days, by day then id. An event's times are
 * wall-clock times in the network's zone, passed to the driver as {@code LocalTime}, so they read
 * back as given whatever the JVM's or the server's zone.
 *
 * <p>An event is written at once, not behind: a command saves one. A new one is inserted with its
 * attendance in a batch; a changed one is updated if the stored version is still its own, which
 * locks its row, and then its attendance is replaced whole. Attendance names its council with a
 * foreign key, so the members the unit of work holds back are written first.
 */
final class JdbcEvents {

    /** Rows per round trip while streaming every event. */
    static final int FETCH_SIZE = 500;

    private static final String EVENTS = "SELECT " + EventRows.EVENT_COLUMNS + " FROM xarxa_event e";
    private static final String ATTENDANCE = "SELECT " + EventRows.ATTENDANCE_COLUMNS + " FROM xarxa_event_attendance a";

    /** One event, by id; one parameter, the id. */
    private static final List<String> FIND = List.of(EVENTS + " WHERE e.id = ? ORDER BY e.id",
            ATTENDANCE + " WHERE a.event_id = ? ORDER BY a.event_id, a.position");
    /**
     * The events from one day to another, both included, by day then id; two parameters, the days.
     * The attendance takes its event's day from a join on the event's key, which multiplies nothing.
     */
    private static final List<String> BETWEEN = List.of(
            EVENTS + " WHERE e.held_on >= ? AND e.held_on <= ? ORDER BY e.held_on, e.id",
            ATTENDANCE + " JOIN xarxa_event e ON e.id = a.event_id WHERE e.held_on >= ? AND e.held_on <= ?"
                    + " ORDER BY e.held_on, a.event_id, a.position");
    /** Every event, in id order. */
    private static final List<String> ALL = List.of(EVENTS + " ORDER BY e.id",
            ATTENDANCE + " ORDER BY a.event_id, a.position");

    private static final String INSERT = "INSERT INTO xarxa_event (id, kind, title, held_on, starts_at, ends_at,"
            + " meeting_format, place, link, status, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)";
    private static final String UPDATE = "UPDATE xarxa_event SET kind = ?, title = ?, held_on = ?, starts_at = ?,"
            + " ends_at = ?, meeting_format = ?, place = ?, link = ?, status = ?, version = version + 1"
            + " WHERE id = ? AND version = ?";

    /** A council that attended, at its position in the order given. */
    private static final ChildRows<Attendance> ATTENDANCE_ROWS = ChildRows.replacedBy(
            "DELETE FROM xarxa_event_attendance WHERE event_id = ?",
            "INSERT INTO xarxa_event_attendance (event_id, position, member_id, person_id) VALUES (?, ?, ?, ?)",
            (insert, position, attended) -> {
                insert.setInt(2, position);
                insert.setString(3, attended.council().toString());
                Parameters.setPerson(insert, 4, attended.person());
            });

    private static final BatchInsert<NetworkEvent> NEW_EVENT = new BatchInsert<NetworkEvent>(
            NetworkEvent.AGGREGATE_TYPE, "new events", event -> event.id().toString(), INSERT,
            (insert, event) -> {
                insert.setString(1, event.id().toString());
                bindColumns(insert, 2, event);
            })
            .withChildren(ATTENDANCE_ROWS, NetworkEvent::attendance);
    private static final OptimisticUpdate<NetworkEvent> UPDATE_EVENT = new OptimisticUpdate<>(UPDATE,
            NetworkEvent.AGGREGATE_TYPE, 9, (update, event) -> bindColumns(update, 1, event));

    private final Statements statements;
    private final Database database;
    private final Runnable writeMembersFirst;

    /**
     * @param writeMembersFirst writes the members the unit of work holds back, which the
     *                          attendance's foreign key wants in the database first
     */
    JdbcEvents(Statements statements, Database database, Runnable writeMembersFirst) {
        this.statements = statements;
        this.database = database;
        this.writeMembersFirst = writeMembersFirst;
    }

    /** Binds an event's columns after its id, nine from {@code first} on. */
    private static void bindColumns(PreparedStatement statement, int first, NetworkEvent event) throws SQLException {
        statement.setString(first, event.kind().name());
        statement.setString(first + 1, event.title());
        statement.setObject(first + 2, event.on());
        setTime(statement, first + 3, event.startsAt());
        setTime(statement, first + 4, event.endsAt());
        statement.setString(first + 5, event.format().name());
        statement.setString(first + 6, event.place());
        statement.setString(first + 7, event.link());
        statement.setString(first + 8, event.status().name());
    }

    /** A wall-clock time, or a typed null for an all-day event. */
    private static void setTime(PreparedStatement statement, int index, LocalTime time) throws SQLException {
        if (time == null) {
            statement.setNull(index, Types.TIME);
        } else {
            statement.setObject(index, time);
        }
    }

    /** The event with this id, if stored. */
    Optional<NetworkEvent> find(EventId id) {
        return SideBySideQueries.read(statements, database, FIND, query -> query.setString(1, id.toString()),
                "reading event " + id, results -> new EventRows(results, database)::next).stream().findFirst();
    }

    /** The events from one day to another, both included, by day then id. */
    List<NetworkEvent> between(LocalDate first, LocalDate last) {
        return SideBySideQueries.read(statements, database, BETWEEN, query -> {
            query.setObject(1, first);
            query.setObject(2, last);
        }, "reading the events from " + first + " to " + last, results -> new EventRows(results, database)::next);
    }

    /**
     * Inserts a new event (version 0) with its attendance, or updates a stored one if it is still
     * at the event's version and replaces its attendance.
     *
     * @return the version now stored
     * @throws ConcurrentUpdateException if an event with the id is stored already, or another unit
     *                                   of work saved this one first
     */
    long save(NetworkEvent event) {
        writeMembersFirst.run();
        String id = event.id().toString();
        long expected = event.version();
        if (expected == 0) {
            NEW_EVENT.insert(statements, database, List.of(event));
            return 1;
        }
        try {
            // The update locks the event's row, so nobody else writes its attendance meanwhile.
            UPDATE_EVENT.run(statements, event, id, expected);
            ATTENDANCE_ROWS.replace(statements, id, event.attendance());
            return expected + 1;
        } catch (SQLException e) {
            throw SqlStates.savingFailure(database, NetworkEvent.AGGREGATE_TYPE, id, "event " + id, e);
        }
    }

    /** Every event in id order, read as consumed. */
    Stream<NetworkEvent> all() {
        return RowStream.streamingSideBySide(statements, database, ALL, FETCH_SIZE, "every event",
                results -> new EventRows(results, database)::next);
    }
}

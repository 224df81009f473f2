package cat.xarxa.jdbc;

import cat.xarxa.advisory.Advisory;
import cat.xarxa.advisory.AdvisoryId;
import cat.xarxa.advisory.AdvisoryRequest;
import cat.xarxa.advisory.Session;
import cat.xarxa.common.ConcurrentUpdateException;
import cat.xarxa.member.MemberId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The advisories in tables {@code xarxa_advisory}, {@code xarxa_advisory_request},
 * {@code xarxa_advisory_session} and {@code xarxa_advisory_attendance}, within one unit of work:
 * the advisory part of {@link JdbcAdvisoryRecords}. An advisory is read by four queries, its row
 * and each kind of its child rows, read side by side (see {@link AdvisoryRows}); {@link #all()}
 * streams the same four for every advisory, and {@link #inPeriod} reads them for a period's.
 *
 * <p>An advisory is written at once, not behind: a command saves one or a few, beside the bank
 * it charges. A new one is inserted with its child rows in a batch per table; a changed one is
 * updated if the stored version is still its own, which locks its row, and then its requests,
 * sessions and attendance are replaced whole. The child rows are keyed by the advisory and a
 * position, not by the request's or session's own id: a request moves from one advisory to
 * another when merged or taken out again, and the unit of work that moves it saves the advisory
 * that loses it and the one that gains it in either order. An advisory names its councils with a
 * foreign key, so the members the unit of work holds back are written first.
 */
final class JdbcAdvisories {

    /** Rows per round trip while streaming every advisory. */
    static final int FETCH_SIZE = 500;

    private static final String ADVISORIES = "SELECT " + AdvisoryRows.ADVISORY_COLUMNS + " FROM xarxa_advisory a";
    private static final String REQUESTS = "SELECT " + AdvisoryRows.REQUEST_COLUMNS + " FROM xarxa_advisory_request c";
    private static final String SESSIONS = "SELECT " + AdvisoryRows.SESSION_COLUMNS + " FROM xarxa_advisory_session c";
    private static final String ATTENDANCE = "SELECT " + AdvisoryRows.ATTENDANCE_COLUMNS
            + " FROM xarxa_advisory_attendance c";
    /** The child rows of a period's advisories; the key of the advisories is the id, so the join multiplies nothing. */
    private static final String OF_PERIOD = " JOIN xarxa_advisory owner ON owner.id = c.advisory_id"
            + " WHERE owner.period_code = ?";

    /** One advisory, by id. */
    private static final List<String> FIND = queries(" WHERE a.id = ?", " WHERE c.advisory_id = ?");
    /** The advisories of a period, in id order. */
    private static final List<String> IN_PERIOD = queries(" WHERE a.period_code = ?", OF_PERIOD);
    /** Every advisory, in id order. */
    private static final List<String> ALL = queries("", "");

    private static final String INSERT = "INSERT INTO xarxa_advisory (id, period_code, topic, package_minutes,"
            + " package_sessions, provider_kind, provider_person_id, provider_partner_id, co_provider_id, status,"
            + " merged_into_id, reserved_minutes, consumed_minutes, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)";
    private static final String UPDATE = "UPDATE xarxa_advisory SET period_code = ?, topic = ?, package_minutes = ?,"
            + " package_sessions = ?, provider_kind = ?, provider_person_id = ?, provider_partner_id = ?,"
            + " co_provider_id = ?, status = ?, merged_into_id = ?, reserved_minutes = ?, consumed_minutes = ?,"
            + " version = version + 1 WHERE id = ? AND version = ?";

    /** A request at its position among its advisory's. */
    private static final ChildRows<AdvisoryRequest> REQUEST_ROWS = ChildRows.replacedBy(
            "DELETE FROM xarxa_advisory_request WHERE advisory_id = ?",
            "INSERT INTO xarxa_advisory_request (advisory_id, position, request_id, member_id, person_id, topic,"
                    + " details, meeting_format, package_minutes, package_sessions, requested_on)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (insert, position, request) -> {
                insert.setInt(2, position);
                insert.setString(3, request.id().toString());
                insert.setString(4, request.member().toString());
                insert.setString(5, request.person().toString());
                insert.setString(6, request.topic());
                insert.setString(7, request.details());
                insert.setString(8, request.format().name());
                insert.setLong(9, request.pkg().hours().toMinutes());
                insert.setInt(10, request.pkg().sessions());
                insert.setObject(11, request.requestedOn());
            });
    /** A session at its position, in the order they were scheduled; its times as wall-clock times. */
    private static final ChildRows<Session> SESSION_ROWS = ChildRows.replacedBy(
            "DELETE FROM xarxa_advisory_session WHERE advisory_id = ?",
            "INSERT INTO xarxa_advisory_session (advisory_id, position, session_id, starts_at, ends_at, meeting_format,"
                    + " status, delivered_minutes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (insert, position, session) -> {
                insert.setInt(2, position);
                insert.setString(3, session.id().toString());
                insert.setObject(4, session.start());
                insert.setObject(5, session.end());
                insert.setString(6, session.format().name());
                insert.setString(7, session.status().name());
                insert.setLong(8, session.delivered().toMinutes());
            });
    /** A council that attended a session; the attendee carries its positions, not the batch. */
    private static final ChildRows<Attendee> ATTENDANCE_ROWS = ChildRows.replacedBy(
            "DELETE FROM xarxa_advisory_attendance WHERE advisory_id = ?",
            "INSERT INTO xarxa_advisory_attendance (advisory_id, session_position, position, member_id)"
                    + " VALUES (?, ?, ?, ?)",
            (insert, ignoredPosition, attendee) -> {
                insert.setInt(2, attendee.session());
                insert.setInt(3, attendee.position());
                insert.setString(4, attendee.member().toString());
            });

    private static final BatchInsert<Advisory> NEW_ADVISORY = new BatchInsert<Advisory>(Advisory.AGGREGATE_TYPE,
            "new advisories", advisory -> advisory.id().toString(), INSERT, (insert, advisory) -> {
                insert.setString(1, advisory.id().toString());
                bindColumns(insert, 2, advisory);
            })
            // Sessions before the attendance that names them.
            .withChildren(REQUEST_ROWS, Advisory::requests)
            .withChildren(SESSION_ROWS, Advisory::sessions)
            .withChildren(ATTENDANCE_ROWS, JdbcAdvisories::attendeesOf);
    private static final OptimisticUpdate<Advisory> UPDATE_ADVISORY = new OptimisticUpdate<>(UPDATE,
            Advisory.AGGREGATE_TYPE, 12, (update, advisory) -> bindColumns(update, 1, advisory));

    /**
     * A council that attended a session, flattened out of the advisory's sessions.
     *
     * @param session  the session's position among the advisory's
     * @param position the council's position in the session's attendance
     */
    private record Attendee(int session, int position, MemberId member) {
    }

    private final Statements statements;
    private final Database database;
    private final Runnable writeMembersFirst;

    /**
     * @param writeMembersFirst writes the members the unit of work holds back, which the requests'
     *                          foreign key wants in the database first
     */
    JdbcAdvisories(Statements statements, Database database, Runnable writeMembersFirst) {
        this.statements = statements;
        this.database = database;
        this.writeMembersFirst = writeMembersFirst;
    }

    /** The four queries read side by side, each with its filter, ordered alike. */
    private static List<String> queries(String advisoryFilter, String childFilter) {
        return List.of(ADVISORIES + advisoryFilter + " ORDER BY a.id",
                REQUESTS + childFilter + " ORDER BY c.advisory_id, c.position",
                SESSIONS + childFilter + " ORDER BY c.advisory_id, c.position",
                ATTENDANCE + childFilter + " ORDER BY c.advisory_id, c.session_position, c.position");
    }

    /** Binds an advisory's columns after its id, twelve from {@code first} on. */
    private static void bindColumns(PreparedStatement statement, int first, Advisory advisory) throws SQLException {
        statement.setString(first, advisory.period());
        statement.setString(first + 1, advisory.topic());
        statement.setLong(first + 2, advisory.pkg().hours().toMinutes());
        statement.setInt(first + 3, advisory.pkg().sessions());
        statement.setString(first + 4, advisory.provider().kind().name());
        Parameters.setId(statement, first + 5, advisory.provider().person());
        Parameters.setId(statement, first + 6, advisory.provider().partner());
        Parameters.setId(statement, first + 7, advisory.coProvider());
        statement.setString(first + 8, advisory.status().name());
        Parameters.setId(statement, first + 9, advisory.mergedInto());
        statement.setLong(first + 10, advisory.reserved().toMinutes());
        statement.setLong(first + 11, advisory.consumed().toMinutes());
    }

    private static List<Attendee> attendeesOf(Advisory advisory) {
        List<Attendee> attendees = new ArrayList<>();
        for (int session = 0; session < advisory.sessions().size(); session++) {
            List<MemberId> attended = advisory.sessions().get(session).attendance();
            for (int position = 0; position < attended.size(); position++) {
                attendees.add(new Attendee(session, position, attended.get(position)));
            }
        }
        return attendees;
    }

    /** The advisory with this id, if stored. */
    Optional<Advisory> find(AdvisoryId id) {
        List<Advisory> found = read(FIND, id.toString(), "reading advisory " + id);
        return found.stream().findFirst();
    }

    /** The advisories charged to a period, in id order. */
    List<Advisory> inPeriod(String period) {
        return read(IN_PERIOD, period, "reading the advisories of " + period);
    }

    /** Runs the four queries with the same one parameter and reads what they find. */
    private List<Advisory> read(List<String> sqls, String parameter, String reading) {
        List<ResultSet> results = new ArrayList<>();
        try {
            try {
                for (String sql : sqls) {
                    PreparedStatement query = statements.prepare(sql);
                    query.setString(1, parameter);
                    results.add(query.executeQuery());
                }
                return RowStream.toList(new AdvisoryRows(results, database)::next);
            } finally {
                for (ResultSet result : results) {
                    result.close();
                }
            }
        } catch (SQLException e) {
            throw database.failure(reading, e);
        }
    }

    /**
     * Inserts a new advisory (version 0) with its child rows, or updates a stored one if it is still
     * at the advisory's version and replaces its child rows.
     *
     * @return the version now stored
     * @throws ConcurrentUpdateException if an advisory with the id is stored already, or another
     *                                   unit of work saved this one first
     */
    long save(Advisory advisory) {
        writeMembersFirst.run();
        String id = advisory.id().toString();
        long expected = advisory.version();
        if (expected == 0) {
            NEW_ADVISORY.insert(statements, database, List.of(advisory));
            return 1;
        }
        try {
            // The update locks the advisory's row, so nobody else writes its child rows meanwhile.
            UPDATE_ADVISORY.run(statements, advisory, id, expected);
            // The attendance names its session's row: it goes before the sessions are replaced, and
            // comes back after them.
            ATTENDANCE_ROWS.delete(statements, id);
            SESSION_ROWS.replace(statements, id, advisory.sessions());
            REQUEST_ROWS.replace(statements, id, advisory.requests());
            ATTENDANCE_ROWS.insert(statements, id, attendeesOf(advisory));
            return expected + 1;
        } catch (SQLException e) {
            throw SqlStates.savingFailure(database, Advisory.AGGREGATE_TYPE, id, "advisory " + id, e);
        }
    }

    /** Every advisory in id order, read as consumed. */
    Stream<Advisory> all() {
        return RowStream.streamingSideBySide(statements, database, ALL, FETCH_SIZE, "every advisory",
                results -> new AdvisoryRows(results, database)::next);
    }
}

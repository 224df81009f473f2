package cat.xarxa.jdbc;

import cat.xarxa.common.ConcurrentUpdateException;
import cat.xarxa.practice.CallId;
import cat.xarxa.practice.PracticeCall;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The calls for good practices in table {@code xarxa_practice_call} with their priorities in
 * {@code xarxa_practice_call_priority}, within one unit of work: the call part of
 * {@link JdbcPracticeRecords}. A call is read by two queries, its row and its priorities, read side
 * by side (see {@link PracticeCallRows}); {@link #all()} streams the same two for every call.
 *
 * <p>A call is written at once, not behind: a command saves one, and the submissions that name it
 * with a foreign key are written at once too. A new one is inserted with its priorities; a changed
 * one is updated if the stored version is still its own, which locks its row, and then its
 * priorities are replaced whole.
 */
final class JdbcPracticeCalls {

    /** Rows per round trip while streaming every call. */
    static final int FETCH_SIZE = 500;

    private static final String CALLS = "SELECT " + PracticeCallRows.CALL_COLUMNS + " FROM xarxa_practice_call p";
    private static final String PRIORITIES = "SELECT " + PracticeCallRows.PRIORITY_COLUMNS
            + " FROM xarxa_practice_call_priority c";

    /** One call, by id; one parameter, the id. */
    private static final List<String> FIND = List.of(CALLS + " WHERE p.id = ? ORDER BY p.id",
            PRIORITIES + " WHERE c.call_id = ? ORDER BY c.call_id, c.position");
    /** Every call, in id order. */
    private static final List<String> ALL = List.of(CALLS + " ORDER BY p.id",
            PRIORITIES + " ORDER BY c.call_id, c.position");

    private static final String INSERT = "INSERT INTO xarxa_practice_call (id, title, opens_on, deadline, version)"
            + " VALUES (?, ?, ?, ?, 1)";
    private static final String UPDATE = "UPDATE xarxa_practice_call SET title = ?, opens_on = ?, deadline = ?,"
            + " version = version + 1 WHERE id = ? AND version = ?";

    /** A priority theme at its position, in the call's order. */
    private static final ChildRows<String> PRIORITY_ROWS = ChildRows.replacedBy(
            "DELETE FROM xarxa_practice_call_priority WHERE call_id = ?",
            "INSERT INTO xarxa_practice_call_priority (call_id, position, theme) VALUES (?, ?, ?)",
            (insert, position, theme) -> {
                insert.setInt(2, position);
                insert.setString(3, theme);
            });

    private static final BatchInsert<PracticeCall> NEW_CALL = new BatchInsert<PracticeCall>(
            PracticeCall.AGGREGATE_TYPE, "new practice calls", call -> call.id().toString(), INSERT,
            (insert, call) -> {
                insert.setString(1, call.id().toString());
                bindColumns(insert, 2, call);
            })
            .withChildren(PRIORITY_ROWS, PracticeCall::priorities);
    private static final OptimisticUpdate<PracticeCall> UPDATE_CALL = new OptimisticUpdate<>(UPDATE,
            PracticeCall.AGGREGATE_TYPE, 3, (update, call) -> bindColumns(update, 1, call));

    private final Statements statements;
    private final Database database;

    JdbcPracticeCalls(Statements statements, Database database) {
        this.statements = statements;
        this.database = database;
    }

    /** Binds a call's columns after its id, three from {@code first} on. */
    private static void bindColumns(PreparedStatement statement, int first, PracticeCall call) throws SQLException {
        statement.setString(first, call.title());
        statement.setObject(first + 1, call.opensOn());
        statement.setObject(first + 2, call.deadline());
    }

    /** The call with this id, if stored. */
    Optional<PracticeCall> find(CallId id) {
        return SideBySideQueries.read(statements, database, FIND, id.toString(), "reading practice call " + id,
                results -> new PracticeCallRows(results, database)::next).stream().findFirst();
    }

    /**
     * Inserts a new call (version 0) with its priorities, or updates a stored one if it is still at
     * the call's version and replaces its priorities.
     *
     * @return the version now stored
     * @throws ConcurrentUpdateException if a call with the id is stored already, or another unit of
     *                                   work saved this one first
     */
    long save(PracticeCall call) {
        String id = call.id().toString();
        long expected = call.version();
        if (expected == 0) {
            NEW_CALL.insert(statements, database, List.of(call));
            return 1;
        }
        try {
            // The update locks the call's row, so nobody else writes its priorities meanwhile.
            UPDATE_CALL.run(statements, call, id, expected);
            PRIORITY_ROWS.replace(statements, id, call.priorities());
            return expected + 1;
        } catch (SQLException e) {
            throw SqlStates.savingFailure(database, PracticeCall.AGGREGATE_TYPE, id, "practice call " + id, e);
        }
    }

    /** Every call in id order, read as consumed. */
    Stream<PracticeCall> all() {
        return RowStream.streamingSideBySide(statements, database, ALL, FETCH_SIZE, "every practice call",
                results -> new PracticeCallRows(results, database)::next);
    }
}

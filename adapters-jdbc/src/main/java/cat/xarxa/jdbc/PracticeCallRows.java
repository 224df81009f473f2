package cat.xarxa.jdbc;

import cat.xarxa.practice.CallId;
import cat.xarxa.practice.PracticeCall;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads calls for good practices from two results read side by side, the queries of
 * {@link JdbcPracticeCalls}: the calls' rows and their priorities, ordered by call id (in the
 * collation every id column has), the priorities then by position. The consecutive priorities with
 * the id of the call at hand are its own.
 */
final class PracticeCallRows {

    /** The columns of the calls' query, in order. */
    static final String CALL_COLUMNS = "p.id, p.title, p.opens_on, p.deadline, p.version";
    /** The columns of the priorities' query, in order. */
    static final String PRIORITY_COLUMNS = "c.call_id, c.theme";

    private final RowsAhead calls;
    private final RowsAhead priorities;
    private final Database database;

    /**
     * Starts before the first row of each result.
     *
     * @param results the calls and the priorities, in that order
     */
    PracticeCallRows(List<ResultSet> results, Database database) throws SQLException {
        this.calls = new RowsAhead(results.get(0));
        this.priorities = new RowsAhead(results.get(1));
        this.database = database;
    }

    /** The next call, with its priorities, or empty when the rows are used up. */
    Optional<PracticeCall> next() throws SQLException {
        if (!calls.onRow()) {
            return Optional.empty();
        }
        ResultSet row = calls.rows();
        String id = row.getString(RowsAhead.OWNER);
        try {
            PracticeCall call = new PracticeCall(CallId.parse(id), row.getString(2), row.getObject(3, LocalDate.class),
                    row.getObject(4, LocalDate.class), prioritiesOf(id), row.getLong(5));
            calls.advance();
            return Optional.of(call);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw database.failure("reading practice call " + id + ", which is stored in a state no call can have", e);
        }
    }

    private List<String> prioritiesOf(String id) throws SQLException {
        List<String> found = new ArrayList<>();
        ResultSet row = priorities.rows();
        for (; priorities.isOf(id); priorities.advance()) {
            found.add(row.getString(2));
        }
        return found;
    }
}

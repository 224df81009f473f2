package cat.xarxa.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A result read one row ahead, for results read side by side, e.g. advisories and each kind of
 * their child rows (see {@link AdvisoryRows}): whether it is on a row, and whose row it is. The
 * owner's id is the first column of every such query.
 */
final class RowsAhead {

    /** The owner's id, the first column of every query read side by side. */
    static final int OWNER = 1;

    private final ResultSet rows;
    private boolean onRow;

    /** Moves to the first row of the result, if it has one. */
    RowsAhead(ResultSet rows) throws SQLException {
        this.rows = rows;
        this.onRow = rows.next();
    }

    /** The result, on its current row when {@link #onRow()}. */
    ResultSet rows() {
        return rows;
    }

    /** Whether the result is on a row, rather than past its last one. */
    boolean onRow() {
        return onRow;
    }

    /** Whether the current row belongs to the owner with this id. */
    boolean isOf(String id) throws SQLException {
        return onRow && id.equals(rows.getString(OWNER));
    }

    /** Moves to the next row, if there is one. */
    void advance() throws SQLException {
        onRow = rows.next();
    }
}

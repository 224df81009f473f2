package cat.xarxa.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Sets the parameters a statement takes from one record, e.g. the columns of an insert.
 *
 * @param <T> the record
 */
@FunctionalInterface
interface RowBinder<T> {

    /** Sets the statement's parameters from the record, without running or batching it. */
    void bind(PreparedStatement statement, T record) throws SQLException;
}

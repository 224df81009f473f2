package cat.xarxa.jdbc;

import cat.xarxa.common.ConcurrentUpdateException;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Moves a stored record on one version, if it is still at the version the caller read. The
 * update ends in {@code WHERE id = ? AND version = ?}: when it changes no row, another unit of
 * work saved the record first, or nobody stored it.
 *
 * @param <T> the record
 */
final class OptimisticUpdate<T> {

    private final String sql;
    private final String aggregateType;
    private final int changedColumns;
    private final RowBinder<T> binder;

    /**
     * @param changedColumns how many parameters the binder sets, the changed columns; the id and
     *                       the expected version follow them
     */
    OptimisticUpdate(String sql, String aggregateType, int changedColumns, RowBinder<T> binder) {
        this.sql = sql;
        this.aggregateType = aggregateType;
        this.changedColumns = changedColumns;
        this.binder = binder;
    }

    /**
     * Updates the record's row.
     *
     * @throws ConcurrentUpdateException if the stored row is not at the expected version
     */
    void run(Statements statements, T record, String id, long expected) throws SQLException {
        PreparedStatement update = statements.prepare(sql);
        binder.bind(update, record);
        update.setString(changedColumns + 1, id);
        update.setLong(changedColumns + 2, expected);
        if (update.executeUpdate() == 0) {
            throw new ConcurrentUpdateException(aggregateType, id, expected);
        }
    }
}

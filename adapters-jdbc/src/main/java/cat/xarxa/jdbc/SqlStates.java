package cat.xarxa.jdbc;

import cat.xarxa.common.ConcurrentUpdateException;
import java.sql.SQLException;

/** What a failure's SQLState says, the same way on every database. */
final class SqlStates {

    private SqlStates() {
    }

    /**
     * Whether another unit of work got there first: a unique key already taken (class 23,
     * integrity constraint violation), or a deadlock or serialization failure the database
     * resolved by sacrificing this unit of work (class 40, transaction rollback).
     */
    static boolean isConflict(SQLException e) {
        // A failed batch may carry the database's own error as the next exception or as the cause.
        for (SQLException next = e; next != null; next = next.getNextException()) {
            for (Throwable cause = next; cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLException sql && isConflictState(sql.getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * What a failure to save is: a {@link ConcurrentUpdateException} if another unit of work got
     * there first ({@link #isConflict}), else a technical failure.
     *
     * @param ids    the records, as the conflict names them
     * @param saving the records, as the technical failure names them, e.g. {@code need 5f0c...}
     */
    static RuntimeException savingFailure(Database database, String aggregateType, String ids, String saving,
                                          SQLException e) {
        if (isConflict(e)) {
            return new ConcurrentUpdateException(aggregateType, ids, e);
        }
        return database.failure("saving " + saving, e);
    }

    private static boolean isConflictState(String state) {
        return state != null && (state.startsWith("23") || state.startsWith("40"));
    }
}

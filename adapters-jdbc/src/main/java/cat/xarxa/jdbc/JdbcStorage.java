package cat.xarxa.jdbc;

import cat.xarxa.common.ConcurrentUpdateException;
import cat.xarxa.spi.Storage;
import cat.xarxa.spi.Transaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;

/**
 * The store on a database: each unit of work is one transaction on one connection, committed
 * when the work returns and rolled back when it throws. Thread-safe: it keeps no state of its own
 * beyond the connection source.
 */
final class JdbcStorage implements Storage {

    /** How a conflict at commit names what lost: the whole unit of work, not one record. */
    static final String UNIT_OF_WORK = "unit-of-work";

    private final Connections connections;
    private final Database database;

    JdbcStorage(Connections connections, Database database) {
        this.connections = connections;
        this.database = database;
    }

    @Override
    public String name() {
        return JdbcStorageProvider.NAME;
    }

    @Override
    public <T> T transaction(Function<Transaction, T> work) {
        Connection connection = borrow();
        boolean handedOutInAutoCommit = autoCommit(connection);
        boolean reusable = true;
        try {
            if (handedOutInAutoCommit) {
                connection.setAutoCommit(false);
            }
            T result;
            try (JdbcTransaction transaction = new JdbcTransaction(connection, database)) {
                result = work.apply(transaction);
                transaction.flush();
            }
            connection.commit();
            return result;
        } catch (SQLException e) {
            reusable = rollBack(connection, e);
            // A database that resolves a race at commit (a serialization failure, a deadlock) lost
            // this unit of work to another one: the caller may run it again, as for any conflict.
            if (SqlStates.isConflict(e)) {
                throw new ConcurrentUpdateException(UNIT_OF_WORK, "commit", e);
            }
            throw database.failure("committing", e);
        } catch (RuntimeException | Error e) {
            reusable = rollBack(connection, e);
            throw e;
        } finally {
            // The connection goes back in the state it was handed out in (a host's pool may care).
            reusable = reusable && restoreAutoCommit(connection, handedOutInAutoCommit);
            connections.giveBack(connection, reusable);
        }
    }

    private Connection borrow() {
        try {
            return connections.borrow();
        } catch (SQLException e) {
            throw database.failure("starting a transaction", e);
        }
    }

    private boolean autoCommit(Connection connection) {
        try {
            return connection.getAutoCommit();
        } catch (SQLException e) {
            connections.giveBack(connection, false);
            throw database.failure("starting a transaction", e);
        }
    }

    private static boolean restoreAutoCommit(Connection connection, boolean autoCommit) {
        try {
            if (connection.getAutoCommit() != autoCommit) {
                connection.setAutoCommit(autoCommit);
            }
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Undoes the unit of work; says whether the connection is fit to be used again. */
    private static boolean rollBack(Connection connection, Throwable failure) {
        try {
            connection.rollback();
            return true;
        } catch (SQLException e) {
            failure.addSuppressed(e);
            return false;
        }
    }

    @Override
    public void close() {
        connections.close();
    }
}

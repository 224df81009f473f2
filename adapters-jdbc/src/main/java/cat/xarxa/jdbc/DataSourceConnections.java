package cat.xarxa.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

/**
 * Connections from a pool that is a {@link DataSource} already (the host's, or H2's): closing a
 * connection gives it back to that pool.
 */
final class DataSourceConnections implements Connections {

    private final DataSource pool;
    private final Runnable release;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * @param pool    where connections come from
     * @param release what closing this source does to the pool: nothing for the host's
     */
    DataSourceConnections(DataSource pool, Runnable release) {
        this.pool = pool;
        this.release = release;
    }

    @Override
    public Connection borrow() throws SQLException {
        if (closed.get()) {
            throw new SQLException("the Xarxa store is closed");
        }
        return pool.getConnection();
    }

    @Override
    public void giveBack(Connection connection, boolean reusable) {
        // The unit of work has put the connection back as it was handed out; closing returns it.
        try {
            connection.close();
        } catch (SQLException e) {
            // Already broken; the pool discards it.
        }
    }

    @Override
    public DataSource dataSource() {
        return pool;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            release.run();
        }
    }
}

package cat.xarxa.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * A small pool for a server database: connections given back are kept (up to a limit) and
 * handed out again, newest first, so that a unit of work does not pay for a new connection.
 * There is no upper bound on connections in use; the database sets that.
 *
 * <p>A connection idle for a while is checked before it is reused, since the server or a
 * firewall may have dropped it meanwhile.
 */
final class ReusingConnections implements Connections {

    private static final long CHECK_AFTER_IDLE_NANOS = TimeUnit.SECONDS.toNanos(30);
    private static final int CHECK_TIMEOUT_SECONDS = 2;

    private final DataSource fresh;
    private final int idleKept;
    private final Deque<Idle> idle = new ArrayDeque<>();
    private boolean closed;

    private record Idle(Connection connection, long since) {
    }

    /**
     * @param fresh    makes new connections
     * @param idleKept how many idle connections to keep at most
     */
    ReusingConnections(DataSource fresh, int idleKept) {
        this.fresh = fresh;
        this.idleKept = idleKept;
    }

    @Override
    public Connection borrow() throws SQLException {
        while (true) {
            Idle next;
            synchronized (this) {
                if (closed) {
                    throw new SQLException("the Xarxa store is closed");
                }
                next = idle.pollFirst();
            }
            if (next == null) {
                return fresh.getConnection();
            }
            if (stillUsable(next)) {
                return next.connection();
            }
            closeQuietly(next.connection());
        }
    }

    @Override
    public void giveBack(Connection connection, boolean reusable) {
        synchronized (this) {
            if (reusable && !closed && idle.size() < idleKept) {
                idle.addFirst(new Idle(connection, System.nanoTime()));
                return;
            }
        }
        closeQuietly(connection);
    }

    @Override
    public DataSource dataSource() {
        return fresh;
    }

    @Override
    public void close() {
        List<Idle> released;
        synchronized (this) {
            closed = true;
            released = new ArrayList<>(idle);
            idle.clear();
        }
        released.forEach(i -> closeQuietly(i.connection()));
    }

    private static boolean stillUsable(Idle candidate) {
        try {
            if (candidate.connection().isClosed()) {
                return false;
            }
            return System.nanoTime() - candidate.since() < CHECK_AFTER_IDLE_NANOS
                    || candidate.connection().isValid(CHECK_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // Nothing more can be done with a connection that will not even close.
        }
    }
}

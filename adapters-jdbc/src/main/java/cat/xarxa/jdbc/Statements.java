package cat.xarxa.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The prepared statements of one unit of work. Each SQL text is prepared once and reused, so a
 * unit of work that saves many members parses each statement only once. Everything is closed
 * when the unit of work ends, and the connection, which goes back to a pool, cannot be used
 * through these statements afterwards.
 */
final class Statements implements AutoCloseable {

    private final Connection connection;
    private final Map<String, PreparedStatement> reused = new HashMap<>();
    private final List<PreparedStatement> streaming = new ArrayList<>();
    private boolean closed;

    Statements(Connection connection) {
        this.connection = connection;
    }

    /** The statement for this SQL, prepared on first use. */
    PreparedStatement prepare(String sql) throws SQLException {
        requireOpen();
        PreparedStatement statement = reused.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            reused.put(sql, statement);
        }
        return statement;
    }

    /**
     * A statement of its own for a query read while other statements run, e.g. a stream of
     * members; the caller closes it with {@link #release}, or the end of the unit of work does.
     */
    PreparedStatement prepareStreaming(String sql, int fetchSize) throws SQLException {
        requireOpen();
        PreparedStatement statement = connection.prepareStatement(sql);
        streaming.add(statement);
        statement.setFetchSize(fetchSize);
        return statement;
    }

    /** Closes a statement from {@link #prepareStreaming}. */
    void release(PreparedStatement statement) throws SQLException {
        streaming.remove(statement);
        statement.close();
    }

    @Override
    public void close() {
        closed = true;
        List<PreparedStatement> all = new ArrayList<>(reused.values());
        all.addAll(streaming);
        reused.clear();
        streaming.clear();
        for (PreparedStatement statement : all) {
            try {
                statement.close();
            } catch (SQLException e) {
                // The transaction ends anyway; a statement that will not close goes with its connection.
            }
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("this unit of work has ended; its members, people, partners, needs,"
                    + " care log, fees, advisories, mentorships and journal cannot be used any more");
        }
    }
}

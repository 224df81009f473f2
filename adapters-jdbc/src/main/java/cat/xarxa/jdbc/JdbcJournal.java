package cat.xarxa.jdbc;

import cat.xarxa.common.JournalEntry;
import cat.xarxa.spi.EventDataCodec;
import cat.xarxa.spi.Journal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The journal in table {@code xarxa_journal}, within one unit of work. The database numbers the
 * entries (an identity column); the entries of one append go in one batch and come back with
 * the numbers it gave them.
 */
final class JdbcJournal implements Journal {

    private static final String INSERT = "INSERT INTO xarxa_journal"
            + " (aggregate_type, aggregate_id, aggregate_version, event_type, data, recorded_at, actor)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String SEQUENCE_COLUMN = "sequence";
    private static final String ENTRIES_FOR = "SELECT sequence, aggregate_type, aggregate_id, aggregate_version,"
            + " event_type, data, recorded_at, actor FROM xarxa_journal"
            + " WHERE aggregate_type = ? AND aggregate_id = ? ORDER BY sequence";
    private static final String SIZE = "SELECT COUNT(*) FROM xarxa_journal";

    private final Statements statements;
    private final Database database;

    JdbcJournal(Statements statements, Database database) {
        this.statements = statements;
        this.database = database;
    }

    @Override
    public List<JournalEntry> append(List<JournalEntry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        try {
            PreparedStatement insert = statements.prepareReturning(INSERT, SEQUENCE_COLUMN);
            for (JournalEntry entry : entries) {
                insert.setString(1, entry.aggregateType());
                insert.setString(2, entry.aggregateId());
                insert.setLong(3, entry.aggregateVersion());
                insert.setString(4, entry.eventType());
                insert.setString(5, EventDataCodec.encode(entry.data()));
                insert.setObject(6, UtcTime.toColumn(entry.recordedAt()));
                insert.setString(7, entry.actor());
                insert.addBatch();
            }
            insert.executeBatch();
            return numbered(entries, insert);
        } catch (SQLException e) {
            throw database.failure("appending " + entries.size() + " journal entries", e);
        }
    }

    /** The entries with the sequence numbers the database generated, in the order they were inserted. */
    private List<JournalEntry> numbered(List<JournalEntry> entries, PreparedStatement insert) throws SQLException {
        List<JournalEntry> numbered = new ArrayList<>(entries.size());
        try (ResultSet keys = insert.getGeneratedKeys()) {
            for (JournalEntry entry : entries) {
                if (!keys.next()) {
                    throw new SQLException("the database reported " + numbered.size() + " sequence numbers for "
                            + entries.size() + " journal entries");
                }
                numbered.add(entry.withSequence(keys.getLong(1)));
            }
        }
        return numbered;
    }

    @Override
    public List<JournalEntry> entriesFor(String aggregateType, String aggregateId) {
        try {
            PreparedStatement query = statements.prepare(ENTRIES_FOR);
            query.setString(1, aggregateType);
            query.setString(2, aggregateId);
            List<JournalEntry> entries = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    entries.add(new JournalEntry(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getLong(4),
                            rows.getString(5), EventDataCodec.decode(rows.getString(6)),
                            UtcTime.fromColumn(rows.getObject(7, LocalDateTime.class)), rows.getString(8)));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw database.failure("reading the journal of " + aggregateType + " " + aggregateId, e);
        }
    }

    @Override
    public long size() {
        try (ResultSet result = statements.prepare(SIZE).executeQuery()) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw database.failure("counting the journal entries", e);
        }
    }
}

package cat.xarxa.jdbc;

import cat.xarxa.common.JournalEntry;
import cat.xarxa.spi.EventDataCodec;
import cat.xarxa.spi.Journal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The journal in table {@code xarxa_journal}, within one unit of work. The entries of one append
 * take their numbers from the database sequence {@code xarxa_journal_sequence} in one query, then
 * go in one plain batch. Asking for generated keys instead would cost a round trip per entry on
 * MariaDB, whose bulk protocol cannot report them.
 */
final class JdbcJournal implements Journal {

    private static final String INSERT = "INSERT INTO xarxa_journal"
            + " (sequence, aggregate_type, aggregate_id, aggregate_version, event_type, data, recorded_at, actor)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String ENTRIES_FOR = "SELECT sequence, aggregate_type, aggregate_id, aggregate_version,"
            + " event_type, data, recorded_at, actor FROM xarxa_journal"
            + " WHERE aggregate_type = ? AND aggregate_id = ? ORDER BY sequence";
    private static final String SIZE = "SELECT COUNT(*) FROM xarxa_journal";

    /** The most numbers taken from the sequence in one query. */
    static final int SEQUENCE_BLOCK = 1000;

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
            List<JournalEntry> numbered = numbered(entries);
            PreparedStatement insert = statements.prepare(INSERT);
            for (JournalEntry entry : numbered) {
                insert.setLong(1, entry.sequence());
                insert.setString(2, entry.aggregateType());
                insert.setString(3, entry.aggregateId());
                insert.setLong(4, entry.aggregateVersion());
                insert.setString(5, entry.eventType());
                insert.setString(6, EventDataCodec.encode(entry.data()));
                insert.setObject(7, UtcTime.toColumn(entry.recordedAt()));
                insert.setString(8, entry.actor());
                insert.addBatch();
            }
            insert.executeBatch();
            return numbered;
        } catch (SQLException e) {
            throw database.failure("appending " + entries.size() + " journal entries", e);
        }
    }

    /** The entries with the next numbers of the sequence, in increasing order. */
    private List<JournalEntry> numbered(List<JournalEntry> entries) throws SQLException {
        long[] numbers = new long[entries.size()];
        PreparedStatement next = statements.prepare(database.dialect().nextJournalSequences());
        int taken = 0;
        while (taken < numbers.length) {
            // MariaDB stops a recursive query at max_recursive_iterations (1,000 by default).
            int asked = Math.min(SEQUENCE_BLOCK, numbers.length - taken);
            next.setInt(1, asked);
            int before = taken;
            try (ResultSet rows = next.executeQuery()) {
                while (rows.next() && taken < numbers.length) {
                    numbers[taken++] = rows.getLong(1);
                }
            }
            if (taken - before != asked) {
                throw new SQLException("the journal sequence gave " + (taken - before) + " numbers for " + asked + " entries");
            }
        }
        // A query need not return rows in the order the sequence gave the numbers; the journal's order is the numbers'.
        Arrays.sort(numbers);
        List<JournalEntry> numbered = new ArrayList<>(entries.size());
        for (int i = 0; i < numbers.length; i++) {
            numbered.add(entries.get(i).withSequence(numbers[i]));
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

package cat.xarxa.benchmarks;

import cat.xarxa.common.JournalEntry;
import cat.xarxa.spi.EventDataCodec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The raw baselines' journal: entries added to one JDBC batch, numbered by the client from 1 (the
 * adapter takes its numbers from a database sequence, one query more).
 */
final class RawJournal {

    private RawJournal() {
    }

    static PreparedStatement prepare(Connection connection) throws SQLException {
        return connection.prepareStatement("INSERT INTO xarxa_journal (sequence, aggregate_type, aggregate_id,"
                + " aggregate_version, event_type, data, recorded_at, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    }

    static void addBatch(PreparedStatement journal, List<JournalEntry> entries) throws SQLException {
        long sequence = 0;
        for (JournalEntry e : entries) {
            journal.setLong(1, ++sequence);
            journal.setString(2, e.aggregateType());
            journal.setString(3, e.aggregateId());
            journal.setLong(4, e.aggregateVersion());
            journal.setString(5, e.eventType());
            journal.setString(6, EventDataCodec.encode(e.data()));
            journal.setObject(7, LocalDateTime.ofInstant(e.recordedAt(), ZoneOffset.UTC));
            journal.setString(8, e.actor());
            journal.addBatch();
        }
    }
}

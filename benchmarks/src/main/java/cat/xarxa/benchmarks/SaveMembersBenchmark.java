package cat.xarxa.benchmarks;

import cat.xarxa.common.JournalEntry;
import cat.xarxa.jdbc.JdbcStorageProvider;
import cat.xarxa.member.Member;
import cat.xarxa.member.StatusChange;
import cat.xarxa.spi.Storage;
import cat.xarxa.spi.StorageConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Saving N new members, with their history and journal entries, in one unit of work through the
 * JDBC adapter ({@link #adapter()}), against a raw JDBC batch insert of the same rows into the same
 * tables of the same database ({@link #rawJdbcBatch()}). Each invocation starts from empty tables.
 *
 * <p>Databases: {@code h2} (a file under {@code target/}) always; {@code postgresql} and
 * {@code mariadb} when {@code XARXA_BENCH_POSTGRES_URL} / {@code XARXA_BENCH_MARIADB_URL} (or the
 * test variables {@code XARXA_TEST_*_URL}) name one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SaveMembersBenchmark {

    /** Which database: {@code h2}, {@code postgresql} or {@code mariadb}. */
    @Param({"h2"})
    public String database;

    /** How many members one invocation saves. */
    @Param({"1000"})
    public int members;

    private MemberRows rows;
    private Storage storage;
    private Connection raw;

    @Setup(Level.Trial)
    public void open() throws SQLException {
        String url = BenchmarkDatabases.url(database);
        rows = MemberRows.generate(members);
        storage = new JdbcStorageProvider().open(new StorageConfig(Map.of(JdbcStorageProvider.URL, url), Map.of()));
        raw = DriverManager.getConnection(url);
        raw.setAutoCommit(false);
    }

    @Setup(Level.Invocation)
    public void emptyTables() throws SQLException {
        BenchmarkTables.emptyAll(raw);
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        emptyTables();
        raw.close();
        storage.close();
    }

    /** Through the adapter: one unit of work, each member saved, the journal appended. */
    @Benchmark
    public List<JournalEntry> adapter() {
        return storage.transaction(tx -> {
            for (Member member : rows.members) {
                tx.members().save(member);
            }
            return tx.journal().append(rows.entries);
        });
    }

    /**
     * The baseline: the same rows in three JDBC batches and one commit, the journal numbered by
     * the client (the adapter takes its numbers from a database sequence, one query more).
     */
    @Benchmark
    public int[] rawJdbcBatch() throws SQLException {
        try (PreparedStatement member = raw.prepareStatement(
                "INSERT INTO xarxa_member (id, kind, official_code, name, version) VALUES (?, ?, ?, ?, 1)");
             PreparedStatement step = raw.prepareStatement(
                     "INSERT INTO xarxa_member_status_change (member_id, position, status, since, reference) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement journal = RawJournal.prepare(raw)) {
            for (Member m : rows.members) {
                member.setString(1, m.id().toString());
                member.setString(2, m.kind().name());
                member.setString(3, m.officialCode());
                member.setString(4, m.name());
                member.addBatch();
                for (int position = 0; position < m.history().size(); position++) {
                    StatusChange change = m.history().get(position);
                    step.setString(1, m.id().toString());
                    step.setInt(2, position);
                    step.setString(3, change.status().name());
                    step.setObject(4, change.since());
                    step.setString(5, change.reference());
                    step.addBatch();
                }
            }
            RawJournal.addBatch(journal, rows.entries);
            member.executeBatch();
            step.executeBatch();
            int[] counts = journal.executeBatch();
            raw.commit();
            return counts;
        }
    }
}

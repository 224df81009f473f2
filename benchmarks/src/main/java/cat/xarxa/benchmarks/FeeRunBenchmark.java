package cat.xarxa.benchmarks;

import cat.xarxa.Xarxa;
import cat.xarxa.common.JournalEntry;
import cat.xarxa.fee.FeeAssessed;
import cat.xarxa.fee.FeeAssessment;
import cat.xarxa.fee.FeeRun;
import cat.xarxa.jdbc.JdbcStorageProvider;
import cat.xarxa.spi.Storage;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
 * The annual fee run for all 8,131 Spanish municipalities (see {@link FeeRunNetwork}):
 * <ul>
 *   <li>{@link #calculation}: the run as pure calculation, no store: owed days, annual fee,
 *       proration and the assessment of every member;</li>
 *   <li>{@link #inMemory}: {@code xarxa.fees().assess(year, on)} on a fresh in-memory store each
 *       invocation;</li>
 *   <li>{@link #adapter}: the same through the JDBC adapter, which reads the members, assesses them
 *       and writes the assessments and their journal entries in one unit of work;</li>
 *   <li>{@link #rawJdbcBatch}: the baseline for it, the same assessments and journal entries
 *       inserted into the same tables of the same database with two raw JDBC batches and one
 *       commit;</li>
 *   <li>{@link #rawJdbcRun}: the whole run written by hand on raw JDBC, for scale: the members read
 *       with three plain queries, the calculation, then the same inserts. The adapter reads the
 *       members too, which the insert alone does not.</li>
 * </ul>
 * Store setup happens outside the timing: a new in-memory store before each {@link #inMemory}
 * invocation, and the fee tables emptied before each JDBC invocation.
 *
 * <p>Databases: {@code h2} (a file under {@code target/}) always; {@code postgresql} and
 * {@code mariadb} when {@code XARXA_BENCH_POSTGRES_URL} / {@code XARXA_BENCH_MARIADB_URL} (or the
 * test variables {@code XARXA_TEST_*_URL}) name one. The benchmark empties every Xarxa table of
 * that database: give it one of its own.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// A run takes from tens to hundreds of milliseconds and the stores are set up again before each
// one, so an iteration holds few runs: eight iterations of warm-up let the compiler catch up.
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FeeRunBenchmark {

    private static final Instant RECORDED_AT = FeeRunNetwork.CLOCK.instant();

    /** The generated network, the same for every benchmark of a trial. */
    @State(Scope.Benchmark)
    public static class Network {

        /** The seed of the generated populations and histories. */
        @Param({"20261122"})
        public long seed;

        FeeRunNetwork network;

        @Setup(Level.Trial)
        public void generate() {
            network = FeeRunNetwork.generate(seed);
        }
    }

    /** A new in-memory store with the network and the policy, for each invocation. */
    @State(Scope.Thread)
    public static class InMemoryStore {

        Xarxa xarxa;

        @Setup(Level.Invocation)
        public void open(Network network) {
            xarxa = FeeRunStores.withNetwork(FeeRunStores.open("memory", Map.of()), network.network);
        }

        @TearDown(Level.Invocation)
        public void close() {
            xarxa.close();
        }
    }

    /** A database holding the network and the policy, its fee records emptied before each invocation. */
    @State(Scope.Benchmark)
    public static class Database {

        /** Which database: {@code h2}, {@code postgresql} or {@code mariadb}. */
        @Param({"h2"})
        public String database;

        Xarxa xarxa;
        Connection raw;
        List<FeeAssessment> assessments;
        List<JournalEntry> entries;

        @Setup(Level.Trial)
        public void open(Network network) throws SQLException {
            String url = BenchmarkDatabases.url(database);
            Storage storage = FeeRunStores.open(JdbcStorageProvider.NAME, Map.of(JdbcStorageProvider.URL, url));
            raw = DriverManager.getConnection(url);
            raw.setAutoCommit(false);
            // A server database keeps what an earlier trial left.
            BenchmarkTables.emptyAll(raw);
            xarxa = FeeRunStores.withNetwork(storage, network.network);
            AtomicLong ids = new AtomicLong();
            assessments = FeeRunCalculation.assess(network.network.members, FeeRunNetwork.POLICY, FeeRunNetwork.RUN_ON,
                    () -> new UUID(0xa55e55L, ids.incrementAndGet()));
            entries = assessments.stream()
                    .map(a -> JournalEntry.of(new FeeAssessed(a), 1, RECORDED_AT, "benchmark")).toList();
            // Both sides must write the same rows, or the ratio compares different work.
            int assessed = xarxa.fees().assess(FeeRunNetwork.YEAR, FeeRunNetwork.RUN_ON).orElseThrow().assessed().size();
            if (assessed != assessments.size()) {
                throw new IllegalStateException("the adapter assessed " + assessed + " members, the baseline writes "
                        + assessments.size());
            }
        }

        @Setup(Level.Invocation)
        public void emptyFeeRecords() throws SQLException {
            BenchmarkTables.emptyAssessments(raw);
        }

        @TearDown(Level.Trial)
        public void close() throws SQLException {
            BenchmarkTables.emptyAll(raw);
            raw.close();
            xarxa.close();
        }
    }

    /** The run as pure calculation: what the in-memory goal is about. */
    @Benchmark
    public List<FeeAssessment> calculation(Network network) {
        return FeeRunCalculation.assess(network.network.members, FeeRunNetwork.POLICY, FeeRunNetwork.RUN_ON,
                UUID::randomUUID);
    }

    /** The whole run through the facade on the in-memory store. */
    @Benchmark
    public FeeRun inMemory(InMemoryStore store) {
        return store.xarxa.fees().assess(FeeRunNetwork.YEAR, FeeRunNetwork.RUN_ON).orElseThrow();
    }

    /** The whole run through the facade on the JDBC adapter. */
    @Benchmark
    public FeeRun adapter(Database database) {
        return database.xarxa.fees().assess(FeeRunNetwork.YEAR, FeeRunNetwork.RUN_ON).orElseThrow();
    }

    /** The baseline: the run's rows written with raw JDBC batches. */
    @Benchmark
    public int[] rawJdbcBatch(Database database) throws SQLException {
        return FeeAssessmentRows.insert(database.raw, database.assessments, database.entries);
    }

    /** The whole run by hand: read with raw JDBC, calculate, write with raw JDBC batches. */
    @Benchmark
    public int[] rawJdbcRun(Database database) throws SQLException {
        List<FeeAssessment> assessments = FeeRunCalculation.assess(RawMembers.read(database.raw), FeeRunNetwork.POLICY,
                FeeRunNetwork.RUN_ON, UUID::randomUUID);
        List<JournalEntry> entries = assessments.stream()
                .map(a -> JournalEntry.of(new FeeAssessed(a), 1, RECORDED_AT, "benchmark")).toList();
        return FeeAssessmentRows.insert(database.raw, assessments, entries);
    }
}

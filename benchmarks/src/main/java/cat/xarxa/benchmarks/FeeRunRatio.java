package cat.xarxa.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link FeeRunBenchmark} and prints the in-memory times against their goal (under 20 ms for
 * the 8,131 municipalities) and, for every configured database, the ratio of the raw baseline's
 * time to the adapter's: 1.0 means the adapter costs nothing over raw JDBC; the goal is at least
 * 0.8. Beside it, the ratio of a whole run written by hand on raw JDBC (reading the members too)
 * to the adapter's.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar cat.xarxa.benchmarks.FeeRunRatio [seed]}; with
 * {@code memory} as the only argument, the in-memory benchmarks alone.
 */
public final class FeeRunRatio {

    private static final double IN_MEMORY_GOAL_MS = 20;

    private FeeRunRatio() {
    }

    public static void main(String[] args) throws RunnerException {
        boolean memoryOnly = args.length > 0 && args[0].equals("memory");
        String seed = args.length > 0 && !memoryOnly ? args[0] : Long.toString(FeeRunNetwork.DEFAULT_SEED);
        List<String> databases = new ArrayList<>();
        for (String candidate : new String[] {"h2", "postgresql", "mariadb"}) {
            if (!memoryOnly && BenchmarkDatabases.configured(candidate)) {
                databases.add(candidate);
            }
        }
        ChainedOptionsBuilder options = new OptionsBuilder().param("seed", seed);
        if (memoryOnly) {
            options.include(FeeRunBenchmark.class.getName() + "\\.(calculation|inMemory)$");
        } else {
            options.include(FeeRunBenchmark.class.getName()).param("database", databases.toArray(String[]::new));
        }
        Collection<RunResult> results = new Runner(options.build()).run();

        System.out.println();
        System.out.printf(Locale.ROOT, "in memory, 8,131 municipalities     ms/op  (goal < %.0f ms)%n", IN_MEMORY_GOAL_MS);
        for (String benchmark : new String[] {"calculation", "inMemory"}) {
            OptionalDouble ms = score(results, null, benchmark);
            System.out.printf(Locale.ROOT, "%-35s %s%n", benchmark,
                    ms.isPresent() ? String.format(Locale.ROOT, "%6.2f  %s", ms.getAsDouble(),
                            ms.getAsDouble() < IN_MEMORY_GOAL_MS ? "met" : "missed") : "no result: see the failure above");
        }
        if (memoryOnly) {
            return;
        }
        System.out.println();
        System.out.println("database    adapter ms/op  raw insert ms/op  ratio (goal >= 0.8)  raw run ms/op  ratio");
        for (String database : databases) {
            OptionalDouble adapter = score(results, database, "adapter");
            OptionalDouble insert = score(results, database, "rawJdbcBatch");
            OptionalDouble run = score(results, database, "rawJdbcRun");
            if (adapter.isEmpty() || insert.isEmpty() || run.isEmpty()) {
                System.out.printf(Locale.ROOT, "%-11s no result: see the failure above%n", database);
                continue;
            }
            System.out.printf(Locale.ROOT, "%-11s %13.2f  %16.2f  %19.2f  %13.2f  %5.2f%n", database,
                    adapter.getAsDouble(), insert.getAsDouble(), insert.getAsDouble() / adapter.getAsDouble(),
                    run.getAsDouble(), run.getAsDouble() / adapter.getAsDouble());
        }
    }

    /** The score of a benchmark, on a database if one is named. */
    private static OptionalDouble score(Collection<RunResult> results, String database, String benchmark) {
        return results.stream()
                .filter(r -> database == null || database.equals(r.getParams().getParam("database")))
                .filter(r -> r.getParams().getBenchmark().endsWith("." + benchmark))
                .mapToDouble(r -> r.getPrimaryResult().getScore())
                .findFirst();
    }
}

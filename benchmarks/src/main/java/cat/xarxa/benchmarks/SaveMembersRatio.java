package cat.xarxa.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link SaveMembersBenchmark} on every configured database and prints, for each, the ratio
 * of the raw baseline's time to the adapter's time: 1.0 means the adapter costs nothing over raw
 * JDBC; the goal is at least 0.8.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar cat.xarxa.benchmarks.SaveMembersRatio [members]}
 */
public final class SaveMembersRatio {

    private SaveMembersRatio() {
    }

    public static void main(String[] args) throws RunnerException {
        String members = args.length > 0 ? args[0] : "1000";
        List<String> databases = new ArrayList<>();
        for (String candidate : new String[] {"h2", "postgresql", "mariadb"}) {
            if (BenchmarkDatabases.configured(candidate)) {
                databases.add(candidate);
            }
        }
        Options options = new OptionsBuilder()
                .include(SaveMembersBenchmark.class.getName())
                .param("database", databases.toArray(String[]::new))
                .param("members", members)
                .build();
        Collection<RunResult> results = new Runner(options).run();

        System.out.println();
        System.out.println("database    members  adapter ms/op  raw ms/op  ratio raw/adapter (goal >= 0.8)");
        for (String database : databases) {
            OptionalDouble adapter = score(results, database, "adapter");
            OptionalDouble raw = score(results, database, "rawJdbcBatch");
            if (adapter.isEmpty() || raw.isEmpty()) {
                System.out.printf(Locale.ROOT, "%-11s %7s  no result: see the failure above%n", database, members);
                continue;
            }
            System.out.printf(Locale.ROOT, "%-11s %7s  %13.2f  %9.2f  %.2f%n", database, members,
                    adapter.getAsDouble(), raw.getAsDouble(), raw.getAsDouble() / adapter.getAsDouble());
        }
    }

    private static OptionalDouble score(Collection<RunResult> results, String database, String benchmark) {
        return results.stream()
                .filter(r -> r.getParams().getParam("database").equals(database))
                .filter(r -> r.getParams().getBenchmark().endsWith("." + benchmark))
                .mapToDouble(r -> r.getPrimaryResult().getScore())
                .findFirst();
    }
}

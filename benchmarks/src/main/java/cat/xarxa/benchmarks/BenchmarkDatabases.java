package cat.xarxa.benchmarks;

import java.nio.file.Path;

/**
 * Where each benchmark database is: H2 in a new file under target/ for each trial (so an old file
 * never carries an old schema into a run), servers from the environment.
 */
final class BenchmarkDatabases {

    private BenchmarkDatabases() {
    }

    static String url(String database) {
        return switch (database) {
            case "h2" -> "jdbc:h2:file:" + Path.of("target", "benchmark-h2", java.util.UUID.randomUUID().toString(), "xarxa")
                    .toAbsolutePath();
            case "postgresql" -> fromEnvironment("POSTGRES");
            case "mariadb" -> fromEnvironment("MARIADB");
            default -> throw new IllegalArgumentException("unknown benchmark database '" + database
                    + "': use h2, postgresql or mariadb");
        };
    }

    /** Whether a server database is configured. */
    static boolean configured(String database) {
        return database.equals("h2") || lookup(database.equals("postgresql") ? "POSTGRES" : "MARIADB") != null;
    }

    private static String fromEnvironment(String server) {
        String url = lookup(server);
        if (url == null) {
            throw new IllegalStateException("set XARXA_BENCH_" + server + "_URL (or XARXA_TEST_" + server
                    + "_URL) to benchmark on that database");
        }
        return url;
    }

    private static String lookup(String server) {
        String url = System.getenv("XARXA_BENCH_" + server + "_URL");
        return url != null ? url : System.getenv("XARXA_TEST_" + server + "_URL");
    }
}

package cat.xarxa.benchmarks;

import cat.xarxa.Xarxa;
import cat.xarxa.jdbc.JdbcStorageProvider;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the {@link NationalNetwork} at a scale and exports it as a {@code json} snapshot to an
 * output stream that only counts the bytes, reporting the time and the size.
 *
 * <pre>
 * SnapshotExportScale memory &lt;scale&gt;        build in memory and export, in one JVM
 * SnapshotExportScale build  &lt;scale&gt; &lt;dir&gt;  build into an H2 file database under dir
 * SnapshotExportScale export &lt;dir&gt;          export the H2 database under dir (run it with -Xmx128m)
 * </pre>
 */
public final class SnapshotExportScale {

    private SnapshotExportScale() {
    }

    public static void main(String[] args) {
        String mode = args.length > 0 ? args[0] : "memory";
        switch (mode) {
            case "memory" -> {
                double scale = args.length > 1 ? Double.parseDouble(args[1]) : 1;
                long start = System.nanoTime();
                try (Xarxa xarxa = NationalNetwork.build(FeeRunStores.open("memory", Map.of()),
                        NationalNetwork.DEFAULT_SEED, NationalNetwork.Sizes.at(scale))) {
                    report("built in memory, scale " + scale, start);
                    export(xarxa);
                }
            }
            case "build" -> {
                double scale = Double.parseDouble(args[1]);
                Path dir = Path.of(args[2]);
                if (Files.exists(dir.resolve("xarxa.mv.db"))) {
                    throw new IllegalStateException(dir + " already holds a network: give an empty directory");
                }
                long start = System.nanoTime();
                try (Xarxa xarxa = NationalNetwork.build(h2(dir), NationalNetwork.DEFAULT_SEED,
                        NationalNetwork.Sizes.at(scale))) {
                    report("built on H2, scale " + scale + ", " + NationalNetwork.Sizes.at(scale), start);
                }
            }
            case "export" -> {
                try (Xarxa xarxa = Xarxa.builder().storage(h2(Path.of(args[1]))).clock(NationalNetwork.CLOCK)
                        .discoverListeners(false).build()) {
                    export(xarxa);
                }
            }
            default -> throw new IllegalArgumentException("mode: memory, build or export");
        }
    }

    private static cat.xarxa.spi.Storage h2(Path dir) {
        return FeeRunStores.open(JdbcStorageProvider.NAME,
                Map.of(JdbcStorageProvider.URL, "jdbc:h2:file:" + dir.toAbsolutePath().resolve("xarxa")));
    }

    private static void export(Xarxa xarxa) {
        CountingStream out = new CountingStream();
        long start = System.nanoTime();
        xarxa.export("json", out);
        report("exported json, " + String.format(Locale.ROOT, "%,d bytes", out.count), start);
    }

    private static void report(String what, long start) {
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "%s: %.2f s (max heap %d MB, used now %d MB)%n", what,
                (System.nanoTime() - start) / 1e9, runtime.maxMemory() >> 20,
                (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    }

    /** Throws the bytes away and counts them. */
    static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}

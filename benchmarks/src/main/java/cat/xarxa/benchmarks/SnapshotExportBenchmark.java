package cat.xarxa.benchmarks;

import cat.xarxa.Xarxa;
import cat.xarxa.member.Member;
import cat.xarxa.member.Population;
import cat.xarxa.member.StatusChange;
import cat.xarxa.spi.Storage;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code json} snapshot of the 8,131 municipalities of the {@link NationalNetwork} (members
 * with their histories and ten years of population, nothing else in the store), exported through
 * the facade ({@code export}) and written by hand with Jackson's streaming generator from the same
 * store (the members read in one unit of work, the same fields in the same order). Both write to
 * a stream that only counts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SnapshotExportBenchmark {

    @Param("20261122")
    public long seed;

    private Storage storage;
    private Xarxa xarxa;
    private final JsonMapper mapper = JsonMapper.builder().build();

    @Setup(Level.Trial)
    public void open() {
        storage = FeeRunStores.open("memory", Map.of());
        NationalNetwork.saveMembers(storage, new java.util.Random(seed), 10);
        xarxa = Xarxa.builder().storage(storage).clock(NationalNetwork.CLOCK).discoverListeners(false).build();
    }

    @TearDown(Level.Trial)
    public void close() {
        xarxa.close();
    }

    @Benchmark
    public long export() {
        SnapshotExportScale.CountingStream out = new SnapshotExportScale.CountingStream();
        xarxa.export("json", out);
        return out.count;
    }

    @Benchmark
    public long handWritten() {
        SnapshotExportScale.CountingStream out = new SnapshotExportScale.CountingStream();
        storage.transaction(tx -> {
            try (Stream<Member> members = tx.members().all(); JsonGenerator json = mapper.createGenerator(out)) {
                json.writeStartObject();
                json.writeStringProperty("format", "xarxa");
                json.writeNumberProperty("schemaVersion", 2);
                json.writeName("members");
                json.writeStartArray();
                members.forEach(member -> write(json, member));
                json.writeEndArray();
                json.writeEndObject();
            }
            return null;
        });
        return out.count;
    }

    private static void write(JsonGenerator json, Member member) {
        json.writeStartObject();
        json.writeStringProperty("id", member.id().value().toString());
        json.writeStringProperty("kind", member.kind().name());
        json.writeStringProperty("officialCode", member.officialCode());
        json.writeStringProperty("name", member.name());
        json.writeName("history");
        json.writeStartArray();
        for (StatusChange step : member.history()) {
            json.writeStartObject();
            json.writeStringProperty("status", step.status().name());
            json.writeStringProperty("since", step.since().toString());
            json.writeStringProperty("reference", step.reference());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeName("population");
        json.writeStartArray();
        for (Population figure : member.population()) {
            json.writeStartObject();
            json.writeNumberProperty("year", figure.year());
            json.writeNumberProperty("inhabitants", figure.inhabitants());
            json.writeStringProperty("source", figure.source());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeName("mandates");
        json.writeStartArray();
        json.writeEndArray();
        json.writeEndObject();
    }
}

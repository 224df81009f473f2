package cat.xarxa.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cat.xarxa.ImportMode;
import cat.xarxa.ImportReport;
import cat.xarxa.json.Networks.Holdings;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever a network holds (the networks of {@link JsonRoundTripPropertiesTest}), merging its
 * export into a store twice, in either format, changes nothing the second time: nothing is
 * imported, every record is unchanged, nothing conflicts, the store exports the same bytes and
 * its journal has no new entry.
 */
class ImportModesPropertiesTest {

    @Property(tries = 50)
    void merging_the_same_snapshot_again_changes_nothing(@ForAll("formats") String format,
                                                         @ForAll("networks") Holdings network) {
        String snapshot = Networks.export(format, network);
        try (InspectableMemoryStore store = InspectableMemoryStore.open()) {
            ImportReport first = merge(store, format, snapshot);
            String before = Networks.export(store.xarxa(), format);
            long journal = store.journalSize();

            ImportReport second = merge(store, format, snapshot);

            assertEquals(network.report(format), first);
            assertEquals(0, second.imported());
            assertEquals(first.imported(), second.unchanged());
            assertEquals(List.of(), second.conflicts());
            assertEquals(before, Networks.export(store.xarxa(), format));
            assertEquals(journal, store.journalSize());
        }
    }

    private static ImportReport merge(InspectableMemoryStore store, String format, String snapshot) {
        return store.xarxa().importFrom(format, new ByteArrayInputStream(snapshot.getBytes(StandardCharsets.UTF_8)),
                ImportMode.MERGE);
    }

    @Provide
    Arbitrary<String> formats() {
        return Arbitraries.of("json", "jsonl");
    }

    @Provide
    Arbitrary<Holdings> networks() {
        return new JsonRoundTripPropertiesTest().networks();
    }
}

package cat.xarxa.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cat.xarxa.spi.ImportException;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Feeds arbitrary bytes to both imports: whatever they are, the import either takes them whole or
 * refuses them with an {@link ImportException} (the one error {@code Xarxa.importFrom} documents
 * for a file it cannot take), and a refused import leaves the store empty. Any other exception
 * fails the test.
 *
 * <p>A normal build replays the inputs in {@code ImportFuzzTestInputs/<method>/} beside this
 * class's package in the test resources, a unit test like any other; {@code JAZZER_FUZZ=1} fuzzes
 * (see {@code docs/interchange.md}), and adds what breaks the import to those inputs.
 */
class ImportFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void a_json_document_is_imported_whole_or_refused(byte[] input) {
        importedWholeOrRefused("json", input);
    }

    @FuzzTest(maxDuration = "2m")
    void json_lines_are_imported_whole_or_refused(byte[] input) {
        importedWholeOrRefused("jsonl", input);
    }

    private static void importedWholeOrRefused(String format, byte[] input) {
        try (InspectableMemoryStore store = InspectableMemoryStore.open()) {
            try {
                store.xarxa().importFrom(format, new ByteArrayInputStream(input));
            } catch (ImportException refused) {
                refused.message(cat.xarxa.common.Localisation.CATALAN);
                assertEquals(0, store.journalSize(), "a refused import stores nothing");
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                store.xarxa().export("jsonl", out);
                assertEquals("{\"type\":\"header\",\"format\":\"xarxa\",\"schemaVersion\":2}\n",
                        out.toString(StandardCharsets.UTF_8), "a refused import stores nothing");
            }
        }
    }
}

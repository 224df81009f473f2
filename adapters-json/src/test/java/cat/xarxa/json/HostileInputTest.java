package cat.xarxa.json;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.common.Localisation;
import cat.xarxa.common.Reason;
import cat.xarxa.spi.ImportException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JsonParser;

/**
 * Files made to break the import: malformed, of the wrong shape, too deep, too long, too wide.
 * Each is refused with an {@link ImportException} whose message is in the user's language (not a
 * bare code), quickly, and nothing is stored.
 */
class HostileInputTest {

    private static final String SABADELL = "0a6f3c1e-2b4d-4e8f-9a1b-3c5d7e9f1a2b";
    private static final String NEED = "c4d2e6f8-1a3b-4c5d-8e9f-0a1b2c3d4e5f";

    private InspectableMemoryStore store;

    @BeforeEach
    void openAnEmptyStore() {
        store = InspectableMemoryStore.open();
    }

    @AfterEach
    void closeTheStore() {
        store.close();
    }

    /** A member, in either format's record shape, with a field's value given as raw JSON. */
    private static String member(String field, String rawValue) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id", "\"" + SABADELL + "\"");
        fields.put("kind", "\"MUNICIPALITY\"");
        fields.put("officialCode", "\"081878\"");
        fields.put("name", "\"Sabadell\"");
        fields.put("history", "[{\"status\":\"APPLIED\",\"since\":\"2024-01-01\",\"reference\":\"\"}]");
        fields.put("population", "[]");
        fields.put("mandates", "[]");
        fields.put(field, rawValue);
        StringBuilder member = new StringBuilder();
        fields.forEach((name, value) -> member.append(member.length() == 0 ? "{" : ",")
                .append('"').append(name).append("\":").append(value));
        return member.append('}').toString();
    }

    private static String need(String description) {
        return "{\"id\":\"" + NEED + "\",\"member\":\"" + SABADELL + "\",\"category\":\"training\",\"description\":\""
                + description + "\",\"raisedOn\":\"2026-05-04\",\"expectedOn\":null,\"followUps\":[]}";
    }

    /** A file of the format holding these members and needs. */
    private static String file(String format, List<String> members, List<String> needs) {
        if (format.equals("json")) {
            return "{\"format\":\"xarxa\",\"schemaVersion\":2,\"members\":[\n" + String.join(",\n", members)
                    + "],\"needs\":[\n" + String.join(",\n", needs) + "]}\n";
        }
        StringBuilder lines = new StringBuilder("{\"type\":\"header\",\"format\":\"xarxa\",\"schemaVersion\":2}\n");
        members.forEach(m -> lines.append("{\"type\":\"member\",").append(m.substring(1)).append('\n'));
        needs.forEach(n -> lines.append("{\"type\":\"need\",").append(n.substring(1)).append('\n'));
        return lines.toString();
    }

    private static String file(String format, String member) {
        return file(format, List.of(member), List.of());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void the_files_made_from_these_pieces_import(String format) {
        long members = store.xarxa().importFrom(format, bytesOf(file(format, List.of(member("name", "\"Sabadell\"")),
                List.of(need("Plec de neteja amb clàusules socials"))))).members();

        assertEquals(1, members, "the hostile files below are these, spoilt one way");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_truncated_file_is_refused(String format) {
        String whole = file(format, List.of(member("name", "\"Sabadell\"")), List.of(need("Plec")));
        refused(format, whole.substring(0, whole.length() * 2 / 3));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void trailing_garbage_is_refused(String format) {
        refused(format, file(format, member("name", "\"Sabadell\"")) + "}]garbage");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void bytes_that_are_not_utf8_are_refused(String format) {
        byte[] text = file(format, member("name", "\"Sabadell\"")).getBytes(StandardCharsets.UTF_8);
        byte[] spoilt = new String(text, StandardCharsets.ISO_8859_1).replace("Sabadell", "Sab\u00c3\u0028dell")
                .getBytes(StandardCharsets.ISO_8859_1);
        refused(format, spoilt);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_value_of_the_wrong_type_is_refused(String format) {
        assertEquals("import.wrong-type", refused(format, file(format, member("name", "42"))));
        assertEquals("import.wrong-type", refused(format, file(format, member("history", "{}"))));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void an_unknown_property_is_refused_with_its_path(String format) {
        String members = file(format, List.of(member("name", "\"Sabadell\""),
                member("name", "\"Terrassa\"").replace(SABADELL, "1b7e4d2f-3c5e-4f9a-8b2c-4d6e8f0a2b3c")
                        .replace("081878", "082798").replace("\"name\":", "\"nmae\":")), List.of());

        ImportException refusal = refusal(format, members);

        String path = format.equals("json") ? "$.members[1].nmae" : "$.nmae";
        assertAll(
                () -> assertEquals("nmae", refusal.field()),
                () -> assertEquals(2, refusal.location().index()),
                () -> assertTrue(refusal.message(Localisation.CATALAN).contains("propietat desconeguda " + path),
                        refusal.message(Localisation.CATALAN)),
                () -> assertTrue(refusal.message(Localisation.SPANISH).contains("propiedad desconocida " + path),
                        refusal.message(Localisation.SPANISH)),
                () -> assertTrue(refusal.getMessage().contains("unknown property " + path), refusal.getMessage()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_nested_unknown_property_is_refused_with_its_path(String format) {
        String text = file(format, member("history", "[{\"status\":\"APPLIED\",\"sinse\":\"2024-01-01\"}]"));

        ImportException refusal = refusal(format, text);

        assertEquals("history[0].sinse", refusal.field());
        assertTrue(refusal.getMessage().contains(format.equals("json")
                ? "$.members[0].history[0].sinse" : "$.history[0].sinse"), refusal.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_duplicate_id_is_refused(String format) {
        String twice = file(format, List.of(member("name", "\"Sabadell\""),
                member("name", "\"Terrassa\"").replace("081878", "082798")), List.of());

        assertEquals("import.duplicate-id", refused(format, twice));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_text_longer_than_the_command_allows_is_refused_by_its_rules(String format) {
        String text = file(format, List.of(member("name", "\"Sabadell\"")), List.of(need("d".repeat(2_001))));

        ImportException refusal = refusal(format, text);

        assertEquals("description", refusal.field());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_text_longer_than_the_parser_allows_is_refused_while_it_is_read(String format) {
        String text = file(format, List.of(member("name", "\"Sabadell\"")), List.of(need("d".repeat(200_000))));

        assertEquals("import.too-large", refused(format, text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_thousand_levels_of_nesting_are_refused(String format) {
        String deep = "[".repeat(1_000) + "]".repeat(1_000);
        String policy = "{\"year\":2026,\"rule\":" + deep + "}";
        String text = format.equals("json")
                ? "{\"members\":[],\"feePolicies\":[" + policy + "]}"
                : "{\"type\":\"fee-policy\"," + policy.substring(1) + "\n";

        assertEquals("import.too-large", refused(format, text));
        assertEquals(format.equals("json") ? "import.wrong-type" : "import.too-large",
                refused(format, file(format, member("population", deep))),
                "a member read as it streams refuses the first level it does not expect; a line is parsed whole");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_number_of_500_digits_is_refused(String format) {
        String figure = "[{\"year\":" + "9".repeat(500) + ",\"inhabitants\":1,\"source\":\"\"}]";

        assertEquals("import.too-large", refused(format, file(format, member("population", figure))));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_wide_array_is_refused_without_reading_it_all(String format) {
        String wide = "[" + "0,".repeat(1_000_000) + "0]";

        refused(format, file(format, member("mandates", wide)));
    }

    @Test
    void a_document_that_is_a_wide_array_of_members_is_refused() {
        refused("json", "{\"members\":[" + "[],".repeat(1_000_000) + "[]]}");
    }

    @Test
    void the_standalone_files_refuse_what_the_formats_refuse() {
        String deep = "{\"year\":2026,\"rule\":" + "{\"x\":".repeat(1_000) + "1" + "}".repeat(1_000) + "}";
        assertAll(
                () -> assertStandaloneRefused(() -> XarxaJson.readFeePolicy(bytesOf(deep)), "import.too-large"),
                () -> assertStandaloneRefused(() -> XarxaJson.readCalendarTemplate(bytesOf(
                        "{\"version\":1,\"name\":\"t\",\"slots\":[],\"nmae\":\"t\"}")), "import.unknown-property"),
                () -> assertStandaloneRefused(() -> XarxaJson.readWorkPlan(bytesOf(
                        "{\"version\":1,\"title\":\"Pla\",\"firstYear\":2017,\"lastYear\":2019,\"adoptedOn\":\"2017-03-18\","
                                + "\"lines\":[{\"code\":\"1\",\"title\":\"L\",\"objectives\":[],\"colour\":\"red\"}]}")),
                        "import.unknown-property"),
                () -> assertStandaloneRefused(() -> XarxaJson.readFeePolicy(bytesOf(
                        "{\"year\":2026,\"populationYear\":2025,\"approvedOn\":\"2026-03-14\",\"decision\":\"AG\","
                                + "\"rule\":{\"type\":\"flat\",\"amount\":\"300.00\",\"amonut\":\"1.00\"}}")),
                        "import.unknown-property"));
    }

    @Test
    void every_parser_the_formats_build_is_held_to_the_limits() {
        try (JsonParser parser = JsonStreams.parser(bytesOf("{}"))) {
            assertAll(
                    () -> assertEquals(64, parser.streamReadConstraints().getMaxNestingDepth()),
                    () -> assertEquals(100_000, parser.streamReadConstraints().getMaxStringLength()),
                    () -> assertEquals(30, parser.streamReadConstraints().getMaxNumberLength()),
                    () -> assertEquals(JsonStreams.MAX_DOCUMENT_LENGTH,
                            parser.streamReadConstraints().getMaxDocumentLength()));
        }
        try (JsonParser parser = JsonStreams.tokensOf(JsonStreams.readLine("{}"))) {
            assertEquals(64, parser.streamReadConstraints().getMaxNestingDepth());
        }
    }

    private static void assertStandaloneRefused(Executable reading, String code) {
        ImportException refusal = assertThrows(ImportException.class, reading);
        assertEquals(code, refusal.problemReason().map(Reason::code).orElse("none"), refusal.getMessage());
        assertLocalised(refusal);
    }

    /** Refused, localised, nothing stored; the refusal's code. */
    private String refused(String format, String text) {
        return refusal(format, text).problemReason().map(Reason::code).orElse("none");
    }

    private String refused(String format, byte[] bytes) {
        return refusal(format, bytes).problemReason().map(Reason::code).orElse("none");
    }

    private ImportException refusal(String format, String text) {
        return refusal(format, text.getBytes(StandardCharsets.UTF_8));
    }

    private ImportException refusal(String format, byte[] bytes) {
        ImportException refusal = assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                assertThrows(ImportException.class, () -> store.xarxa().importFrom(format, new ByteArrayInputStream(bytes))));
        assertLocalised(refusal);
        assertNothingImported();
        return refusal;
    }

    private static void assertLocalised(ImportException refusal) {
        String catalan = refusal.message(Localisation.CATALAN);
        assertAll(
                () -> assertTrue(catalan.startsWith("Importació rebutjada"), catalan),
                () -> assertFalse(catalan.contains("import."), "a code left untranslated: " + catalan),
                () -> assertFalse(refusal.message(Localisation.SPANISH).contains("import."),
                        refusal.message(Localisation.SPANISH)));
    }

    private void assertNothingImported() {
        assertAll(
                () -> assertEquals(0, store.xarxa().members().count(), "members stored"),
                () -> assertEquals(List.of(), store.xarxa().people().list(), "people stored"),
                () -> assertEquals(0, store.journalSize(), "journal entries"));
        ByteArrayOutputStream empty = new ByteArrayOutputStream();
        store.xarxa().export("jsonl", empty);
        assertEquals("{\"type\":\"header\",\"format\":\"xarxa\",\"schemaVersion\":2}\n",
                empty.toString(StandardCharsets.UTF_8), "an export of the store holds nothing");
    }

    private static ByteArrayInputStream bytesOf(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}

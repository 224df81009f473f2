package cat.xarxa.json;

import static cat.xarxa.json.Networks.apply;
import static cat.xarxa.json.Networks.export;
import static cat.xarxa.json.Networks.importInto;
import static cat.xarxa.json.Networks.unversioned;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.ImportReport;
import cat.xarxa.Xarxa;
import cat.xarxa.member.AdmitMember;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberStatus;
import cat.xarxa.member.Population;
import cat.xarxa.member.RecordPopulation;
import cat.xarxa.member.ReferToAssembly;
import cat.xarxa.member.WithdrawMember;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonExportImportTest {

    /**
     * Sabadell admitted, with the population of two years; Manlleu referred to an assembly;
     * Premià de Dalt admitted, withdrawn with a reason that has quotes and a line break, and
     * applying again, with a figure whose source has quotes and a line break; Girona withdrawn
     * while it had only applied.
     */
    private static Xarxa aNetworkOfFour() {
        Xarxa xarxa = Networks.inMemory();
        MemberId sabadell = apply(xarxa, "081878", LocalDate.of(2025, 3, 2));
        xarxa.members().admit(new AdmitMember(sabadell, LocalDate.of(2025, 4, 20), "AG 2025-04")).orElseThrow();
        xarxa.members().recordPopulation(new RecordPopulation(sabadell, 2025, 221_455, "INE, padró 1/1/2025")).orElseThrow();
        xarxa.members().recordPopulation(new RecordPopulation(sabadell, 2024, 219_163, "INE, padró 1/1/2024")).orElseThrow();
        MemberId manlleu = apply(xarxa, "081120", LocalDate.of(2025, 3, 9));
        xarxa.members().referToAssembly(new ReferToAssembly(manlleu, LocalDate.of(2025, 3, 20), "AG 2025-04")).orElseThrow();
        MemberId premia = apply(xarxa, "082303", LocalDate.of(2025, 1, 15));
        xarxa.members().admit(new AdmitMember(premia, LocalDate.of(2025, 4, 20), "AG 2025-04")).orElseThrow();
        xarxa.members().withdraw(new WithdrawMember(premia, LocalDate.of(2025, 12, 31),
                "Acord del Ple: \"baixa\"\nper manca de pressupost")).orElseThrow();
        apply(xarxa, "082303", LocalDate.of(2026, 2, 1));
        xarxa.members().recordPopulation(new RecordPopulation(premia, 2025, 10_989,
                "Padró municipal \"revisat\"\nCol·legi de Secretaris")).orElseThrow();
        MemberId girona = apply(xarxa, "170792", LocalDate.of(2025, 2, 1));
        xarxa.members().withdraw(new WithdrawMember(girona, LocalDate.of(2025, 2, 3), "Sol·licitud retirada")).orElseThrow();
        return xarxa;
    }

    /** Ids 00000000-0000-0000-0000-000000000001, …2, … in the order members apply. */
    private static Xarxa aNetworkWithCountedIds() {
        AtomicLong counter = new AtomicLong();
        return Xarxa.builder().setting(Xarxa.STORAGE, "memory").ids(() -> new UUID(0, counter.incrementAndGet())).build();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void an_export_imported_into_another_network_exports_the_same_bytes(String format) {
        try (Xarxa original = aNetworkOfFour(); Xarxa copy = Networks.inMemory()) {
            String first = export(original, format);

            ImportReport report = importInto(copy, format, first);

            assertEquals(new ImportReport(format, 4), report);
            assertEquals(first, export(copy, format));
            assertEquals(unversioned(original.members().list()), unversioned(copy.members().list()));
            assertTrue(copy.members().list().stream().anyMatch(member -> member.population().size() == 2),
                    "the population figures came across");
        }
    }

    @Test
    void the_json_document_holds_one_member_per_line() {
        try (Xarxa xarxa = aNetworkWithCountedIds()) {
            MemberId sabadell = apply(xarxa, "081878", LocalDate.of(2025, 3, 2));
            xarxa.members().admit(new AdmitMember(sabadell, LocalDate.of(2025, 4, 20), "AG 2025-04")).orElseThrow();
            xarxa.members().recordPopulation(new RecordPopulation(sabadell, 2025, 221_455, "INE, padró 1/1/2025")).orElseThrow();
            apply(xarxa, "081120", LocalDate.of(2025, 3, 9));

            assertEquals("""
                    {"format":"xarxa","version":1,"members":[
                    {"id":"00000000-0000-0000-0000-000000000001","kind":"MUNICIPALITY","officialCode":"081878","name":"Sabadell",\
                    "history":[{"status":"APPLIED","since":"2025-03-02","reference":""},\
                    {"status":"MEMBER","since":"2025-04-20","reference":"AG 2025-04"}],\
                    "population":[{"year":2025,"inhabitants":221455,"source":"INE, padró 1/1/2025"}]},
                    {"id":"00000000-0000-0000-0000-000000000002","kind":"MUNICIPALITY","officialCode":"081120","name":"Manlleu",\
                    "history":[{"status":"APPLIED","since":"2025-03-09","reference":""}],"population":[]}
                    ]}
                    """, export(xarxa, "json"));
        }
    }

    @Test
    void the_json_lines_file_has_a_header_and_one_member_per_line() {
        try (Xarxa xarxa = aNetworkWithCountedIds()) {
            MemberId manlleu = apply(xarxa, "081120", LocalDate.of(2025, 3, 9));
            xarxa.members().recordPopulation(new RecordPopulation(manlleu, 2025, 21_434, "Idescat, padró 1/1/2025"))
                    .orElseThrow();
            xarxa.members().recordPopulation(new RecordPopulation(manlleu, 2024, 21_178, "Idescat, padró 1/1/2024"))
                    .orElseThrow();
            apply(xarxa, "081017", LocalDate.of(2025, 4, 1));

            assertEquals("""
                    {"type":"header","format":"xarxa","version":1}
                    {"type":"member","id":"00000000-0000-0000-0000-000000000001","kind":"MUNICIPALITY","officialCode":"081120",\
                    "name":"Manlleu","history":[{"status":"APPLIED","since":"2025-03-09","reference":""}],\
                    "population":[{"year":2024,"inhabitants":21178,"source":"Idescat, padró 1/1/2024"},\
                    {"year":2025,"inhabitants":21434,"source":"Idescat, padró 1/1/2025"}]}
                    {"type":"member","id":"00000000-0000-0000-0000-000000000002","kind":"MUNICIPALITY","officialCode":"081017",\
                    "name":"Hospitalet de Llobregat, L'","history":[{"status":"APPLIED","since":"2025-04-01","reference":""}],\
                    "population":[]}
                    """, export(xarxa, "jsonl"));
        }
    }

    @Test
    void names_keep_their_accents_quotes_and_line_breaks_as_utf8() {
        try (Xarxa xarxa = aNetworkOfFour()) {
            String json = export(xarxa, "json");

            assertTrue(json.contains("\"name\":\"Premià de Dalt\""), json);
            assertTrue(json.contains("\"reference\":\"Acord del Ple: \\\"baixa\\\"\\nper manca de pressupost\""), json);
            assertTrue(json.contains("\"source\":\"Padró municipal \\\"revisat\\\"\\nCol·legi de Secretaris\""), json);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void an_empty_network_exports_a_file_that_imports_as_empty(String format) {
        try (Xarxa empty = Networks.inMemory(); Xarxa copy = Networks.inMemory()) {
            String exported = export(empty, format);

            assertEquals(new ImportReport(format, 0), importInto(copy, format, exported));
            assertEquals(exported, export(copy, format));
        }
    }

    @Test
    void fields_this_version_does_not_know_are_ignored_in_a_json_document() {
        String fromALaterVersion = """
                {"format":"xarxa","version":1,"exportedBy":"Xarxa 2.0","members":[
                {"id":"0a6f3c1e-2b4d-4e8f-9a1b-3c5d7e9f1a2b","kind":"MUNICIPALITY","officialCode":"081878","name":"Sabadell",\
                "comarca":{"code":"40","name":"Vallès Occidental"},"tags":["founder"],\
                "history":[{"status":"MEMBER","since":"2024-01-01","reference":"Assemblea constituent","minutes":42}]}
                ],"checksum":"ignored"}
                """;
        try (Xarxa xarxa = Networks.inMemory()) {
            assertEquals(new ImportReport("json", 1), importInto(xarxa, "json", fromALaterVersion));

            Member sabadell = xarxa.members().list().get(0);
            assertEquals("Sabadell", sabadell.name());
            assertEquals(MemberStatus.MEMBER, sabadell.status());
        }
    }

    @Test
    void fields_and_blank_lines_this_version_does_not_know_are_ignored_in_json_lines() {
        String fromALaterVersion = """
                {"type":"header","format":"xarxa","version":1,"exportedBy":"Xarxa 2.0"}

                {"type":"member","id":"0a6f3c1e-2b4d-4e8f-9a1b-3c5d7e9f1a2b","kind":"MUNICIPALITY","officialCode":"081878",\
                "name":"Sabadell","comarca":"Vallès Occidental","history":[{"status":"PENDING","since":"2024-01-01","reference":""}]}
                """;
        try (Xarxa xarxa = Networks.inMemory()) {
            assertEquals(new ImportReport("jsonl", 1), importInto(xarxa, "jsonl", fromALaterVersion));
        }
    }

    @Test
    void a_hand_made_file_needs_no_envelope_nor_header() {
        String member = "{\"id\":\"0a6f3c1e-2b4d-4e8f-9a1b-3c5d7e9f1a2b\",\"kind\":\"MUNICIPALITY\",\"officialCode\":\"081878\","
                + "\"name\":\"Sabadell\",\"history\":[{\"status\":\"PENDING\",\"since\":\"2024-01-01\"}]}";
        try (Xarxa fromJson = Networks.inMemory(); Xarxa fromLines = Networks.inMemory()) {
            assertEquals(1, importInto(fromJson, "json", "{\"members\":[" + member + "]}").members());
            assertEquals(1, importInto(fromLines, "jsonl", "{\"type\":\"member\"," + member.substring(1)).members());

            List<Member> imported = fromJson.members().list();
            assertEquals("", imported.get(0).history().get(0).reference(), "a missing reference is an empty one");
            assertEquals(unversioned(imported), unversioned(fromLines.members().list()));
        }
    }

    /** Files written before members had population figures still import: their members have none. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_file_written_before_population_figures_existed_imports_with_none(String format) {
        String sabadell = "\"id\":\"0a6f3c1e-2b4d-4e8f-9a1b-3c5d7e9f1a2b\",\"kind\":\"MUNICIPALITY\",\"officialCode\":\"081878\","
                + "\"name\":\"Sabadell\",\"history\":[{\"status\":\"PENDING\",\"since\":\"2024-01-01\",\"reference\":\"\"},"
                + "{\"status\":\"MEMBER\",\"since\":\"2024-04-20\",\"reference\":\"AG 2024-04\"}]";
        String beforePopulation = format.equals("json")
                ? "{\"format\":\"xarxa\",\"version\":1,\"members\":[\n{" + sabadell + "}\n]}\n"
                : "{\"type\":\"header\",\"format\":\"xarxa\",\"version\":1}\n{\"type\":\"member\"," + sabadell + "}\n";
        try (Xarxa xarxa = Networks.inMemory()) {
            assertEquals(new ImportReport(format, 1), importInto(xarxa, format, beforePopulation));

            Member imported = xarxa.members().list().get(0);
            assertEquals(List.of(), imported.population());
            assertEquals(MemberStatus.MEMBER, imported.status());
            assertTrue(export(xarxa, format).contains("\"history\":[" + sabadell.substring(sabadell.indexOf("{\"status"))
                    + ",\"population\":[]}"), "written back with an empty population");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_null_population_means_no_figures(String format) {
        String member = "\"id\":\"0a6f3c1e-2b4d-4e8f-9a1b-3c5d7e9f1a2b\",\"kind\":\"MUNICIPALITY\",\"officialCode\":\"081878\","
                + "\"name\":\"Sabadell\",\"history\":[{\"status\":\"APPLIED\",\"since\":\"2024-01-01\"}],\"population\":null";
        String text = format.equals("json") ? "{\"members\":[{" + member + "}]}" : "{\"type\":\"member\"," + member + "}";
        try (Xarxa xarxa = Networks.inMemory()) {
            assertEquals(1, importInto(xarxa, format, text).members());

            assertEquals(List.of(), xarxa.members().list().get(0).population());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void figures_in_any_order_are_kept_by_year_with_their_sources(String format) {
        String member = "\"id\":\"0a6f3c1e-2b4d-4e8f-9a1b-3c5d7e9f1a2b\",\"kind\":\"COUNTY_COUNCIL\",\"officialCode\":\"40\","
                + "\"name\":\"Consell Comarcal del Vallès Occidental\","
                + "\"history\":[{\"status\":\"APPLIED\",\"since\":\"2024-01-01\",\"reference\":\"\"}],"
                + "\"population\":[{\"source\":\"Idescat\",\"inhabitants\":950000,\"year\":2025,\"note\":\"ignored\"},"
                + "{\"year\":2023,\"inhabitants\":0,\"source\":\"Estimació, població \\\"flotant\\\"\"}]";
        String text = format.equals("json") ? "{\"members\":[{" + member + "}]}" : "{\"type\":\"member\"," + member + "}";
        try (Xarxa xarxa = Networks.inMemory()) {
            assertEquals(1, importInto(xarxa, format, text).members());

            assertEquals(List.of(new Population(2023, 0, "Estimació, població \"flotant\""),
                            new Population(2025, 950_000, "Idescat")),
                    xarxa.members().list().get(0).population());
        }
    }

    @Test
    void a_byte_order_mark_before_json_lines_is_skipped() {
        String withMark = "\uFEFF{\"type\":\"header\",\"format\":\"xarxa\",\"version\":1}\n";
        try (Xarxa xarxa = Networks.inMemory()) {
            assertEquals(new ImportReport("jsonl", 0), importInto(xarxa, "jsonl", withMark));
        }
    }
}

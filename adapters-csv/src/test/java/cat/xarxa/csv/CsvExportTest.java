package cat.xarxa.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.Xarxa;
import cat.xarxa.common.ConfigurationException;
import cat.xarxa.member.AdmitMember;
import cat.xarxa.member.ApplyForMembership;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.RecordPopulation;
import cat.xarxa.member.ReferToAssembly;
import cat.xarxa.member.WithdrawMember;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

class CsvExportTest {

    private static final String HEADER = "id,kind,official_code,name,status,status_since,population,population_year\r\n";

    /** A network on the in-memory store whose ids are …0001, …0002, … in the order members apply. */
    private static Xarxa aNetworkWithCountedIds() {
        AtomicLong counter = new AtomicLong();
        return Xarxa.builder().setting(Xarxa.STORAGE, "memory").ids(() -> new UUID(0, counter.incrementAndGet())).build();
    }

    private static MemberId apply(Xarxa xarxa, String ineCode, String name, LocalDate on) {
        return xarxa.members().apply(new ApplyForMembership(ineCode, name, on)).orElseThrow();
    }

    private static void recordPopulation(Xarxa xarxa, MemberId member, int year, long inhabitants) {
        xarxa.members().recordPopulation(new RecordPopulation(member, year, inhabitants, "INE, padró 1/1/" + year))
                .orElseThrow();
    }

    /** The rows of an export as a CSV reader sees them, by header. */
    private static List<Map<String, String>> rowsOf(String csv) {
        return new CsvMapper()
                .readerFor(new TypeReference<Map<String, String>>() { })
                .with(CsvSchema.emptySchema().withHeader())
                .<Map<String, String>>readValues(csv)
                .readAll();
    }

    private static String export(Xarxa xarxa) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        xarxa.export("csv", out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void the_export_has_a_header_and_one_row_per_member_with_its_current_status_and_latest_population() {
        try (Xarxa xarxa = aNetworkWithCountedIds()) {
            MemberId sabadell = apply(xarxa, "081878", null, LocalDate.of(2025, 3, 2));
            xarxa.members().admit(new AdmitMember(sabadell, LocalDate.of(2025, 4, 20), "AG 2025-04")).orElseThrow();
            recordPopulation(xarxa, sabadell, 2025, 221_455);
            recordPopulation(xarxa, sabadell, 2024, 219_163);
            MemberId manlleu = apply(xarxa, "081120", null, LocalDate.of(2025, 3, 9));
            xarxa.members().referToAssembly(new ReferToAssembly(manlleu, LocalDate.of(2025, 3, 20), "AG 2025-04"))
                    .orElseThrow();
            MemberId girona = apply(xarxa, "170792", null, LocalDate.of(2025, 2, 1));
            xarxa.members().withdraw(new WithdrawMember(girona, LocalDate.of(2025, 2, 3), "Sol·licitud retirada")).orElseThrow();
            recordPopulation(xarxa, girona, 2023, 103_369);
            apply(xarxa, "251207", null, LocalDate.of(2025, 5, 5));

            assertEquals(HEADER
                    + "00000000-0000-0000-0000-000000000001,MUNICIPALITY,081878,Sabadell,MEMBER,2025-04-20,221455,2025\r\n"
                    + "00000000-0000-0000-0000-000000000002,MUNICIPALITY,081120,Manlleu,PENDING,2025-03-20,,\r\n"
                    + "00000000-0000-0000-0000-000000000003,MUNICIPALITY,170792,Girona,WITHDRAWN,2025-02-03,103369,2023\r\n"
                    + "00000000-0000-0000-0000-000000000004,MUNICIPALITY,251207,Lleida,APPLIED,2025-05-05,,\r\n",
                    export(xarxa));
        }
    }

    @Test
    void the_population_columns_read_back_as_the_latest_figure_and_empty_without_one() {
        try (Xarxa xarxa = aNetworkWithCountedIds()) {
            MemberId premia = apply(xarxa, "082303", null, LocalDate.of(2025, 1, 15));
            recordPopulation(xarxa, premia, 2025, 10_989);
            recordPopulation(xarxa, premia, 2019, 10_551);
            recordPopulation(xarxa, premia, 2025, 11_002);
            apply(xarxa, "081120", null, LocalDate.of(2025, 3, 9));

            List<Map<String, String>> rows = rowsOf(export(xarxa));

            assertEquals("11002", rows.get(0).get("population"), "the corrected figure of the latest year");
            assertEquals("2025", rows.get(0).get("population_year"));
            assertEquals("", rows.get(1).get("population"));
            assertEquals("", rows.get(1).get("population_year"));
        }
    }

    @Test
    void names_with_commas_quotes_line_breaks_and_accents_are_quoted_as_rfc_4180_says() {
        try (Xarxa xarxa = aNetworkWithCountedIds()) {
            apply(xarxa, "081878", "Sabadell, \"la ciutat\"\ndel Vallès", LocalDate.of(2025, 3, 2));

            assertEquals(HEADER
                    + "00000000-0000-0000-0000-000000000001,MUNICIPALITY,081878,\"Sabadell, \"\"la ciutat\"\"\ndel Vallès\","
                    + "APPLIED,2025-03-02,,\r\n", export(xarxa));
        }
    }

    @Test
    void every_name_reads_back_as_it_was_with_a_csv_reader() {
        List<String> names = List.of("Sabadell, \"la ciutat\"\ndel Vallès", "L'Hospitalet de Llobregat",
                "Premià de Dalt; Maresme", "\"Manlleu\"", "Girona\r\nGerona", "Lleida 😀", "Tarragona\t(Camp)");
        List<String> codes = List.of("081878", "081017", "082303", "081120", "170792", "251207", "431482");
        try (Xarxa xarxa = Xarxa.builder().setting(Xarxa.STORAGE, "memory").build()) {
            for (int i = 0; i < names.size(); i++) {
                apply(xarxa, codes.get(i), names.get(i), LocalDate.of(2025, 3, 2));
            }

            List<Map<String, String>> rows = rowsOf(export(xarxa));

            assertEquals(names.size(), rows.size());
            for (Map<String, String> row : rows) {
                String name = xarxa.members().find(MemberId.parse(row.get("id"))).orElseThrow().name();
                assertEquals(name, row.get("name"));
                assertEquals("APPLIED", row.get("status"));
            }
            assertEquals(names.stream().sorted().toList(), rows.stream().map(row -> row.get("name")).sorted().toList());
        }
    }

    @Test
    void the_export_is_utf8_without_a_byte_order_mark() {
        try (Xarxa xarxa = aNetworkWithCountedIds()) {
            apply(xarxa, "082303", null, LocalDate.of(2025, 1, 15));
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            xarxa.export("csv", out);

            byte[] bytes = out.toByteArray();
            assertEquals('i', bytes[0], "the file starts with the header, not a byte order mark");
            byte[] premia = "Premià".getBytes(StandardCharsets.UTF_8);
            assertTrue(indexOf(bytes, premia) > 0, "Premià in UTF-8 (à as C3 A0)");
            assertArrayEquals(new byte[] {(byte) 0xC3, (byte) 0xA0}, Arrays.copyOfRange(premia, 5, 7));
        }
    }

    @Test
    void an_empty_network_exports_the_header_alone() {
        try (Xarxa xarxa = aNetworkWithCountedIds()) {
            assertEquals(HEADER, export(xarxa));
        }
    }

    @Test
    void csv_is_offered_for_export_only() {
        try (Xarxa xarxa = aNetworkWithCountedIds()) {
            assertTrue(xarxa.exportFormats().contains("csv"), xarxa.exportFormats().toString());
            assertFalse(xarxa.importFormats().contains("csv"), xarxa.importFormats().toString());
            assertThrows(ConfigurationException.class,
                    () -> xarxa.importFrom("csv", new ByteArrayInputStream(HEADER.getBytes(StandardCharsets.UTF_8))));
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }
}

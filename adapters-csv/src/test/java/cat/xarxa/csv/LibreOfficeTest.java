package cat.xarxa.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cat.xarxa.Xarxa;
import cat.xarxa.common.Localisation;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.governance.EventKind;
import cat.xarxa.governance.ScheduleEvent;
import cat.xarxa.member.ApplyForMembership;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.type.TypeReference;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The exports as LibreOffice Calc reads them, with formulas evaluated on import: accents survive
 * and no text a council typed is run as a formula. Needs {@code soffice} on the PATH (Debian:
 * {@code libreoffice-calc-nogui}); skipped without it. {@code .ci/run} installs it and fails if this
 * test was skipped.
 */
class LibreOfficeTest {

    /** UTF-8 (76), comma, double quote, from line 1, and token 13: evaluate formulas. */
    private static final String READ_CSV = "CSV:44,34,76,1,,0,false,true,false,false,false,-1,true";
    /** Written back as CSV, UTF-8, values as they are (a formula would be its result). */
    private static final String WRITE_CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false";

    private static final List<String> ATTEMPTS = List.of("=1+1", "@SUM(1,1)", "+CMD|' /C calc'!A0", "-2+3");

    @TempDir
    static Path dir;

    @BeforeAll
    static void libreOfficeIsThere() {
        assumeTrue(onPath("soffice"), "LibreOffice (soffice) is not on the PATH: the LibreOffice check is skipped");
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String entry : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(entry, command))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void calc_keeps_accents_and_evaluates_no_formula_a_council_typed() throws Exception {
        String events;
        String members;
        try (Xarxa xarxa = Xarxa.builder().setting(Xarxa.STORAGE, "memory")
                .formats(XarxaCsv.formats(Localisation.CATALAN, true))
                .clock(Clock.fixed(Instant.parse("2026-09-30T10:00:00Z"), Xarxa.NETWORK_ZONE)).build()) {
            for (int i = 0; i < ATTEMPTS.size(); i++) {
                xarxa.governance().schedule(new ScheduleEvent(EventKind.OTHER, ATTEMPTS.get(i),
                        LocalDate.of(2026, 10, 1 + i), LocalTime.of(10, 0), LocalTime.of(12, 0), MeetingFormat.IN_PERSON,
                        "Vilafranca del Penedès, Sala l·l Ç", null)).orElseThrow();
            }
            xarxa.members().apply(new ApplyForMembership("083054", null, LocalDate.of(2026, 1, 5))).orElseThrow();
            xarxa.members().apply(new ApplyForMembership("081878", "=1+1", LocalDate.of(2026, 1, 6))).orElseThrow();
            events = export(xarxa, "csv-events");
            members = export(xarxa, "csv");
        }

        List<Map<String, String>> rows = throughCalc("events.csv", events);
        assertEquals(ATTEMPTS.size(), rows.size(), rows.toString());
        for (int i = 0; i < ATTEMPTS.size(); i++) {
            assertEquals("'" + ATTEMPTS.get(i), rows.get(i).get("titol"), "kept as text, quote and all");
            assertEquals("Vilafranca del Penedès, Sala l·l Ç", rows.get(i).get("lloc"));
        }
        List<Map<String, String>> councils = throughCalc("members.csv", members);
        // Members come in id order, and ids are random: compare the names as a set.
        assertEquals(java.util.Set.of("Vilafranca del Penedès", "'=1+1"),
                councils.stream().map(row -> row.get("nom")).collect(java.util.stream.Collectors.toSet()));
        for (Map<String, String> row : concat(rows, councils)) {
            assertFalse(row.containsValue("2"), "a formula was evaluated: " + row);
            assertFalse(row.containsValue("1"), "a formula was evaluated: " + row);
        }
    }

    @Test
    void calc_does_evaluate_a_formula_that_is_not_neutralised() throws Exception {
        // Without this, the check above would prove nothing: the same settings run a plain =1+1.
        List<Map<String, String>> rows = throughCalc("raw.csv", "a,b\r\n=1+1,x\r\n");
        assertEquals("2", rows.get(0).get("a"));
    }

    private static String export(Xarxa xarxa, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        xarxa.export(format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The file opened in Calc with formulas evaluated and saved back as CSV, read by header. */
    private static List<Map<String, String>> throughCalc(String name, String csv) throws IOException, InterruptedException {
        Path in = dir.resolve(name);
        Files.writeString(in, csv, StandardCharsets.UTF_8);
        Path out = Files.createDirectories(dir.resolve("out"));
        Process soffice = new ProcessBuilder("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--infilter=" + READ_CSV, "--convert-to", WRITE_CSV, "--outdir", out.toString(),
                in.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertTrue(soffice.waitFor(180, TimeUnit.SECONDS), "soffice did not finish in 3 minutes");
        Path converted = out.resolve(name);
        assertTrue(Files.exists(converted), "soffice wrote nothing: " + Files.readString(dir.resolve("soffice.log")));
        String text = Files.readString(converted, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new CsvMapper().readerFor(new TypeReference<Map<String, String>>() { })
                .with(CsvSchema.emptySchema().withHeader()).<Map<String, String>>readValues(text).readAll();
    }

    private static List<Map<String, String>> concat(List<Map<String, String>> a, List<Map<String, String>> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}

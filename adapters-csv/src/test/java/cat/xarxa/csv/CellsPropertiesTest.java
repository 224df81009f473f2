package cat.xarxa.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

class CellsPropertiesTest {

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

    /**
     * Any text, biased towards what starts a formula, quotes, separators and line breaks; text is
     * well-formed Unicode (a lone surrogate has no UTF-8 form), emoji included.
     */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> risky = Arbitraries.strings().withChars("=+-@\t\r\n',\"; a1Ç·").ofMaxLength(8);
        Arbitrary<String> any = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('\u0000', '\ud7ff').withCharRange('\ue000', '\uffff').ofMaxLength(30),
                Arbitraries.of("😀", "l·l", "Penedès", ""));
        return Arbitraries.oneOf(risky, any, risky.flatMap(head -> any.map(head::concat)));
    }

    @Property
    void a_written_text_cell_never_starts_a_formula_and_gives_back_the_text_with_the_quote_taken_off(
            @ForAll("texts") String text, @ForAll("texts") String next) throws IOException {
        List<String> cells = readBack(List.of(Cells.safe(CellType.TEXT, text), Cells.safe(CellType.TEXT, next)));

        assertEquals(2, cells.size(), cells.toString());
        for (String cell : cells) {
            assertFalse(!cell.isEmpty() && Cells.isDangerous(cell.charAt(0)), "starts a formula: " + escaped(cell));
        }
        assertEquals(escaped(text), escaped(Cells.original(cells.get(0))));
        assertEquals(escaped(next), escaped(Cells.original(cells.get(1))));
        String expected = Cells.needsQuote(text) ? "'" + text : text;
        assertEquals(escaped(expected), escaped(cells.get(0)), "the quote in front is the only change");
    }

    /** The text with every character outside printable ASCII as a Java escape, for a readable failure. */
    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c >= 0x20 && c < 0x7F ? Character.toString(c) : String.format("\\u%04x", c)));
        return out.toString();
    }

    /** One row written, then read as a CSV reader does. */
    private static List<String> readBack(List<String> row) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter csv = new CsvWriter(out, false);
        csv.row(row);
        csv.finish();
        try (MappingIterator<List<String>> rows = CSV.readerForListOf(String.class).with(CsvSchema.emptySchema())
                .readValues(out.toString(StandardCharsets.UTF_8))) {
            return rows.next();
        }
    }
}

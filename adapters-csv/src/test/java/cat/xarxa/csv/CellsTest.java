package cat.xarxa.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '"', value = {
            "=1+1 => '=1+1",
            "+CMD|' /C calc'!A0 => '+CMD|' /C calc'!A0",
            "-2+3 => '-2+3",
            "@SUM(1,1) => '@SUM(1,1)",
            "'=1 => ''=1",
            "''+x => '''+x",
            "'quoted => 'quoted",
            "Vilafranca del Penedès => Vilafranca del Penedès",
            "l·l Ç => l·l Ç",
            "a=b => a=b"})
    void a_text_that_starts_a_formula_gets_a_quote_in_front_and_nothing_else(String text, String written) {
        assertEquals(written, Cells.safe(CellType.TEXT, text));
        assertEquals(text, Cells.original(written));
    }

    @Test
    void a_tab_or_carriage_return_in_front_is_neutralised_too() {
        assertEquals("'\tx", Cells.safe(CellType.TEXT, "\tx"));
        assertEquals("'\rx", Cells.safe(CellType.TEXT, "\rx"));
        assertEquals("x\t", Cells.safe(CellType.TEXT, "x\t"));
    }

    @Test
    void a_plain_number_in_a_numeric_column_stays_a_number_even_when_negative() {
        assertEquals("-50.00", Cells.safe(CellType.DECIMAL, "-50.00"));
        assertEquals("-3", Cells.safe(CellType.INTEGER, "-3"));
        assertEquals("'-50.00", Cells.safe(CellType.TEXT, "-50.00"), "text columns are always neutralised");
        assertEquals("'-1+2", Cells.safe(CellType.DECIMAL, "-1+2"), "not a plain number: neutralised");
        assertEquals("'=1", Cells.safe(CellType.INTEGER, "=1"));
    }

    @Test
    void a_neutralised_cell_is_quoted_and_other_cells_only_when_rfc_4180_says() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter csv = new CsvWriter(out, false);
        csv.row(List.of(Cells.neutralised("=1+1"), "plain", "a,b", "say \"hi\"", "'not neutralised", ""));
        csv.finish();
        assertEquals("\"'=1+1\",plain,\"a,b\",\"say \"\"hi\"\"\",'not neutralised,\r\n",
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void a_byte_order_mark_comes_first_when_asked() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter csv = new CsvWriter(out, true);
        csv.row(List.of("à"));
        csv.finish();
        assertEquals("\uFEFFà\r\n", out.toString(StandardCharsets.UTF_8));
    }
}

package cat.xarxa.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes rows of cells as RFC 4180 says: UTF-8, comma separated, rows ending in CRLF, a cell
 * quoted if it holds a comma, a quote or a line break, or starts with the quote of a neutralised
 * formula ({@link Cells}), a quote inside doubled. Optionally starts with a byte order mark, which
 * spreadsheets need to read the file as UTF-8 when opened directly. Buffers, flushes at
 * {@link #finish()}, and never closes the caller's stream.
 */
final class CsvWriter {

    private static final char[] BOM = {'\uFEFF'};

    private final Writer out;

    CsvWriter(OutputStream target, boolean byteOrderMark) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8));
        if (byteOrderMark) {
            out.write(BOM);
        }
    }

    /** Writes one row. */
    void row(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            cell(cells.get(i));
        }
        out.write("\r\n");
    }

    /** Flushes what is buffered to the caller's stream, which stays open. */
    void finish() throws IOException {
        out.flush();
    }

    private void cell(String value) throws IOException {
        if (!needsQuotes(value)) {
            out.write(value);
            return;
        }
        out.write('"');
        out.write(value.replace("\"", "\"\""));
        out.write('"');
    }

    private static boolean needsQuotes(String value) {
        if (!value.isEmpty() && value.charAt(0) == Cells.QUOTE && Cells.needsQuote(value.substring(1))) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }
}

package cat.xarxa.json;

import cat.xarxa.common.Reason;
import cat.xarxa.spi.ImportException;
import cat.xarxa.spi.ImportFormat;
import cat.xarxa.spi.ImportSink;
import cat.xarxa.spi.RecordLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;

/**
 * The {@code jsonl} import: reads JSON Lines one line at a time and hands each record to the sink
 * as soon as it is read, in the order of the lines (the sink refuses a need, contact or meeting
 * whose member has not come yet). The header line is optional, so that a hand-made file of member
 * lines imports, but if present it must come first. A record's location is its position among
 * the records, all kinds counted together from 1 in the order they come (the header is not a
 * record), and its line; blank lines are skipped but counted, so that the line number is the one
 * an editor shows. The header's version says which schema the lines are in; an older one's records
 * are upgraded ({@link SchemaUpgrade}) before they are read. A line is held to
 * {@link Utf8Lines#MAX_LINE_LENGTH} and parsed within {@link JsonStreams#LIMITS}.
 */
final class JsonLinesImport implements ImportFormat {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    @Override
    public String name() {
        return JsonLinesExport.NAME;
    }

    @Override
    public void read(InputStream in, ImportSink sink) throws IOException {
        Utf8Lines lines = new Utf8Lines(in);
        long lineNumber = 0;
        long recordsRead = 0;
        boolean anyRecord = false;
        int version = Envelope.CURRENT_VERSION;
        String line;
        while ((line = nextLine(lines, new RecordLocation(recordsRead + 1, lineNumber + 1))) != null) {
            lineNumber++;
            if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK) {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            RecordLocation where = new RecordLocation(recordsRead + 1, lineNumber);
            JsonLine record = JsonLine.parse(line, where);
            if (record.isHeader()) {
                if (anyRecord) {
                    throw malformed(where, Reason.of("import.header-not-first"));
                }
                version = record.checkHeader();
            } else {
                recordsRead++;
                record.handTo(sink, version);
            }
            anyRecord = true;
        }
        if (!anyRecord) {
            throw malformed(new RecordLocation(1, 0), Reason.of("import.empty"));
        }
    }

    /** The next line, or null at the end; {@code where} is the record it would hold, for errors. */
    private static String nextLine(Utf8Lines lines, RecordLocation where) throws IOException {
        try {
            return lines.next();
        } catch (CharacterCodingException e) {
            throw new ImportException(where, "", Reason.of("import.malformed", "UTF-8", Reason.of("import.not-utf8")), e);
        } catch (Utf8Lines.LineTooLong e) {
            throw new ImportException(where, "", Reason.of("import.too-large", e.getMessage()), e);
        }
    }

    private static ImportException malformed(RecordLocation where, Reason detail) {
        return new ImportException(where, "", Reason.of("import.malformed", "JSON Lines", detail), null);
    }
}

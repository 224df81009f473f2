package cat.xarxa.json;

import static cat.xarxa.json.JsonLinesExport.HEADER_RECORD;
import static cat.xarxa.json.JsonLinesExport.TYPE;

import cat.xarxa.common.Reason;
import cat.xarxa.spi.ImportException;
import cat.xarxa.spi.ImportSink;
import cat.xarxa.spi.RecordLocation;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;

/**
 * One line of JSON Lines: a JSON object whose {@code type} says what it holds, the header or a
 * record of one of the {@link RecordType}s. A line is read whole, as a tree, because its
 * {@code type} may come after the other fields; a line is one record, so memory stays bounded by
 * the largest record.
 */
final class JsonLine {

    private final JsonNode record;
    private final RecordLocation where;
    /** What the line holds; null for the header. */
    private final RecordType<?> type;

    private JsonLine(JsonNode record, RecordLocation where, RecordType<?> type) {
        this.record = record;
        this.where = where;
        this.type = type;
    }

    /**
     * Parses a line.
     *
     * @param line  the line's text, not blank
     * @param where the record's location, for errors
     * @throws ImportException if the line is not one JSON object of a known type
     */
    static JsonLine parse(String line, RecordLocation where) {
        JsonNode record;
        try {
            record = JsonStreams.readLine(line);
        } catch (JacksonException e) {
            String detail = e.getOriginalMessage()
                    + (e.getLocation() != null ? " (column " + e.getLocation().getColumnNr() + ")" : "");
            throw new ImportException(where, "", Reason.of("import.malformed", "JSON", detail), e);
        }
        if (!record.isObject()) {
            throw new ImportException(where, "", Reason.of("import.wrong-type", "object"), null);
        }
        return new JsonLine(record, where, typeOf(record.get(TYPE), where));
    }

    /** Whether this is the header line. */
    boolean isHeader() {
        return type == null;
    }

    /**
     * Checks the header's {@link Envelope}.
     *
     * @throws ImportException if its format or version is not one this version reads
     */
    void checkHeader() {
        Envelope.check(Envelope.FORMAT, record.get(Envelope.FORMAT), where);
        Envelope.check(Envelope.VERSION, record.get(Envelope.VERSION), where);
    }

    /**
     * Reads the record this line holds leniently, with the same reader as the {@code json}
     * document's so that both formats read alike, and hands it to the sink.
     *
     * @throws ImportException if a field cannot be read at all, or passed on from the sink
     */
    void handTo(ImportSink sink) {
        handTo(type, sink);
    }

    private <D> void handTo(RecordType<D> kind, ImportSink sink) {
        D data;
        try (JsonParser tokens = JsonStreams.tokensOf(record)) {
            tokens.nextToken();
            data = kind.read(tokens);
        } catch (RecordProblem problem) {
            throw new ImportException(where, problem.field(), problem.reason(), null);
        }
        kind.handOver(sink, where, data);
    }

    /** The kind of record a line's {@code type} names; null for the header. */
    private static RecordType<?> typeOf(JsonNode type, RecordLocation where) {
        if (type == null || type.isNull()) {
            throw new ImportException(where, TYPE, Reason.of("import.malformed", "JSON Lines",
                    Reason.of("import.line-without-type")), null);
        }
        if (!type.isString()) {
            throw new ImportException(where, TYPE, Reason.of("import.wrong-type", "string"), null);
        }
        if (HEADER_RECORD.equals(type.stringValue())) {
            return null;
        }
        return RecordType.ofLine(type.stringValue()).orElseThrow(() ->
                new ImportException(where, TYPE, Reason.of("import.unknown-record", type.stringValue()), null));
    }
}

package cat.xarxa.json;

import static cat.xarxa.json.JsonLinesExport.HEADER_RECORD;
import static cat.xarxa.json.JsonLinesExport.TYPE;

import cat.xarxa.common.Reason;
import cat.xarxa.spi.ImportException;
import cat.xarxa.spi.ImportSink;
import cat.xarxa.spi.RecordLocation;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

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
        } catch (StreamConstraintsException e) {
            throw JsonDocumentReading.tooLarge(where, e);
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
     * Checks the header's {@link Envelope}, upgraded to the current schema.
     *
     * @return the schema version the header says, the current one if it says none
     * @throws ImportException if its format or version is not one this version reads, or it has a
     *                         property the header of its version does not have
     */
    int checkHeader() {
        ObjectNode envelope = ((ObjectNode) record).deepCopy();
        envelope.remove(TYPE);
        int version = Envelope.CURRENT_VERSION;
        if (envelope.has(Envelope.LEGACY_VERSION) && !envelope.has(Envelope.SCHEMA_VERSION)) {
            version = Envelope.versionOf(Envelope.LEGACY_VERSION, envelope.get(Envelope.LEGACY_VERSION), where);
        } else if (envelope.has(Envelope.SCHEMA_VERSION)) {
            version = Envelope.versionOf(Envelope.SCHEMA_VERSION, envelope.get(Envelope.SCHEMA_VERSION), where);
        }
        ObjectNode current = Envelope.upgraded(version, envelope);
        for (Map.Entry<String, JsonNode> field : current.properties()) {
            if (!Envelope.FORMAT.equals(field.getKey()) && !Envelope.SCHEMA_VERSION.equals(field.getKey())) {
                throw new ImportException(where, field.getKey(),
                        Reason.of("import.unknown-property", "$." + field.getKey()), null);
            }
        }
        Envelope.checkFormat(current.get(Envelope.FORMAT), where);
        return version;
    }

    /**
     * Reads the record this line holds leniently, with the same reader as the {@code json}
     * document's so that both formats read alike, and hands it to the sink.
     *
     * @param version the schema version the file's header says; the record is upgraded from it
     * @throws ImportException if a field cannot be read at all, or passed on from the sink
     */
    void handTo(ImportSink sink, int version) {
        handTo(type, sink, version);
    }

    private <D> void handTo(RecordType<D> kind, ImportSink sink, int version) {
        D data;
        JsonNode fields = ((ObjectNode) record).deepCopy().without(TYPE);
        JsonNode current = Envelope.upgradedRecord(version, kind, fields);
        try (JsonParser tokens = JsonStreams.tokensOf(current)) {
            tokens.nextToken();
            data = kind.read(tokens);
        } catch (RecordProblem problem) {
            throw new ImportException(where, problem.field(), problem.reason("$"), null);
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

package cat.xarxa.json;

import static cat.xarxa.json.JsonLinesExport.HEADER_RECORD;
import static cat.xarxa.json.JsonLinesExport.MEMBER_RECORD;
import static cat.xarxa.json.JsonLinesExport.PERSON_RECORD;
import static cat.xarxa.json.JsonLinesExport.TYPE;

import cat.xarxa.common.Reason;
import cat.xarxa.member.MemberData;
import cat.xarxa.member.PersonData;
import cat.xarxa.spi.ImportException;
import cat.xarxa.spi.RecordLocation;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;

/**
 * One line of JSON Lines: a JSON object whose {@code type} says what it holds, the header, a
 * person or a member. A line is read whole, as a tree, because its {@code type} may come after
 * the other fields; a line is one record, so memory stays bounded by the largest record.
 */
final class JsonLine {

    private static final Set<String> RECORD_TYPES = Set.of(HEADER_RECORD, PERSON_RECORD, MEMBER_RECORD);

    private final JsonNode record;
    private final RecordLocation where;

    private JsonLine(JsonNode record, RecordLocation where) {
        this.record = record;
        this.where = where;
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
        checkType(record.get(TYPE), where);
        return new JsonLine(record, where);
    }

    /** Whether this is the header line. */
    boolean isHeader() {
        return HEADER_RECORD.equals(record.get(TYPE).stringValue());
    }

    /** Whether this line holds a person. */
    boolean isPerson() {
        return PERSON_RECORD.equals(record.get(TYPE).stringValue());
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
     * The person this line holds, read leniently.
     *
     * @throws ImportException if a field cannot be read at all
     */
    PersonData person() {
        return read(PersonRecordReader::read);
    }

    /**
     * The member this line holds, read leniently.
     *
     * @throws ImportException if a field cannot be read at all
     */
    MemberData member() {
        return read(MemberRecordReader::read);
    }

    /** Reads the record with the same reader as the {@code json} document's, so both formats read alike. */
    private <T> T read(Function<JsonParser, T> reader) {
        try (JsonParser tokens = JsonStreams.tokensOf(record)) {
            tokens.nextToken();
            return reader.apply(tokens);
        } catch (RecordProblem problem) {
            throw new ImportException(where, problem.field(), problem.reason(), null);
        }
    }

    private static void checkType(JsonNode type, RecordLocation where) {
        if (type == null || type.isNull()) {
            throw new ImportException(where, TYPE, Reason.of("import.malformed", "JSON Lines",
                    Reason.of("import.line-without-type")), null);
        }
        if (!type.isString()) {
            throw new ImportException(where, TYPE, Reason.of("import.wrong-type", "string"), null);
        }
        if (!RECORD_TYPES.contains(type.stringValue())) {
            throw new ImportException(where, TYPE, Reason.of("import.unknown-record", type.stringValue()), null);
        }
    }
}

package cat.xarxa.json;

import cat.xarxa.common.Reason;
import cat.xarxa.spi.ImportException;
import cat.xarxa.spi.ImportSink;
import cat.xarxa.spi.RecordLocation;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One reading of a {@code json} document: walks it token by token, checks the {@link Envelope},
 * hands each record to the sink as soon as it is read, and knows which record it is at, so that
 * every error names the record and its line. Records are counted from 1 over the whole document
 * in the order they come, whatever their kind (as exported, the people are records 1 to P, the
 * members follow, then the partners, needs, contacts, meetings, fee, advisory and mentorship
 * records), so that a record's number alone says which it is. The arrays are read in the order
 * they come, and each record handed on in that order: a hand-made document may list people after members, but the sink refuses a
 * need, contact or meeting whose member it has not been given yet, and a fee assessment or
 * payment whose policy, member or assessment it has not been given yet, and a ledger entry or
 * an advisory whose hour bank it has not been given yet, and a mentor profile or a mentorship
 * whose people or councils it has not been given yet. A missing or {@code null}
 * array of any kind but {@code members} is none, as in files written before the kind existed;
 * {@code members} must be there. A property the document object or a record does not know is
 * refused, named by its JSON path ({@code $.members[3].nmae}).
 *
 * <p>The envelope comes first, as every export writes it: its version field says which schema
 * the records that follow are in, and an older one's records are upgraded
 * ({@link SchemaUpgrade}) as they are read; a document without one is of the current version.
 */
final class JsonDocumentReading {

    private static final Reason SHAPE = Reason.of("import.not-a-document");

    private final JsonParser parser;
    private final ImportSink sink;
    private long recordsRead;
    /** The schema version the document says, once its envelope is read; 0 before. */
    private int version;

    JsonDocumentReading(JsonParser parser, ImportSink sink) {
        this.parser = parser;
        this.sink = sink;
    }

    /**
     * Reads the whole document.
     *
     * @throws ImportException naming where the document is wrong, or passed on from the sink
     */
    void readDocument() {
        try {
            readObject();
        } catch (StreamConstraintsException e) {
            throw tooLarge(new RecordLocation(recordsRead + 1, currentLine()), e);
        } catch (JacksonIOException e) {
            throw e;
        } catch (JacksonException e) {
            // Only the parser throws these (the sink does not know Jackson): the text is not JSON.
            TokenStreamLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            String detail = e.getOriginalMessage() + " (column " + at.getColumnNr() + ")";
            throw malformed(detail, lineOf(at), e);
        }
    }

    /**
     * The refusal of an input beyond {@link JsonStreams#LIMITS}, {@code import.too-large}, with
     * the parser's own words on which limit.
     */
    static ImportException tooLarge(RecordLocation where, StreamConstraintsException e) {
        return new ImportException(where, "", Reason.of("import.too-large", e.getOriginalMessage()), e);
    }

    private void readObject() {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw malformed(Reason.of("import.empty"), 0, null);
        }
        if (first != JsonToken.START_OBJECT) {
            throw malformed(SHAPE, currentLine(), null);
        }
        boolean membersRead = false;
        for (String field = parser.nextName(); field != null; field = parser.nextName()) {
            parser.nextToken();
            Optional<RecordType<?>> records = RecordType.ofArray(field);
            if (records.isPresent()) {
                readArray(records.get());
                membersRead |= records.get() == RecordType.MEMBER;
            } else if (Envelope.FORMAT.equals(field)) {
                Envelope.checkFormat(parser.<JsonNode>readValueAsTree(), nextRecord());
            } else if (Envelope.isVersionField(field) && version == 0) {
                readVersion(field);
            } else {
                throw new ImportException(nextRecord(), field,
                        Reason.of("import.unknown-property", "$." + field), null);
            }
        }
        if (!membersRead) {
            throw malformed(Reason.of("import.no-members"), currentLine(), null);
        }
        if (parser.nextToken() != null) {
            throw malformed(Reason.of("import.trailing-content"), currentLine(), null);
        }
    }

    /** Reads the envelope's version field, checks it and upgrades it to the current one's. */
    private void readVersion(String field) {
        RecordLocation where = nextRecord();
        JsonNode value = parser.readValueAsTree();
        version = Envelope.versionOf(field, value, where);
        ObjectNode current = Envelope.upgraded(version, Envelope.of(field, value));
        Envelope.versionOf(Envelope.SCHEMA_VERSION, current.get(Envelope.SCHEMA_VERSION), where);
    }

    /** Reads an array of records of one kind, handing each on as soon as it is read. */
    private <D> void readArray(RecordType<D> type) {
        // Files from before people, partners and care records existed have none of them; every file has members.
        if (parser.hasToken(JsonToken.VALUE_NULL) && type != RecordType.MEMBER) {
            return;
        }
        requireArray(type.arrayName());
        int index = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            RecordLocation where = nextRecord();
            String path = "$." + type.arrayName() + "[" + index++ + "]";
            D record = version != 0 && Envelope.recordsChangeFrom(version)
                    ? readRecord(where, path, tokens -> readUpgraded(type, tokens))
                    : readRecord(where, path, type::read);
            recordsRead++;
            type.handOver(sink, where, record);
        }
    }

    private void requireArray(String field) {
        if (!parser.hasToken(JsonToken.START_ARRAY)) {
            throw new ImportException(nextRecord(), field, Reason.of("import.wrong-type", "array"), null);
        }
    }

    /** Reads a record of an older schema whole, upgrades it, then reads it as a current one. */
    private <D> D readUpgraded(RecordType<D> type, JsonParser at) {
        JsonNode upgraded = Envelope.upgradedRecord(version, type, at.readValueAsTree());
        try (JsonParser tokens = JsonStreams.tokensOf(upgraded)) {
            tokens.nextToken();
            return type.read(tokens);
        }
    }

    /**
     * Reads the record at the parser with a reader, a field it cannot read refused at the record's
     * location.
     *
     * @param path the record's JSON path, e.g. {@code $.members[3]}, for a property it does not know
     */
    private <T> T readRecord(RecordLocation where, String path, Function<JsonParser, T> reader) {
        try {
            return reader.apply(parser);
        } catch (RecordProblem problem) {
            throw new ImportException(where, problem.field(), problem.reason(path), null);
        }
    }

    /** The record being read or, between records, the one that would come next. */
    private RecordLocation nextRecord() {
        return new RecordLocation(recordsRead + 1, currentLine());
    }

    /** @param detail what is wrong: a {@link Reason}, or the parser's own words */
    private ImportException malformed(Object detail, long line, Throwable cause) {
        return new ImportException(new RecordLocation(recordsRead + 1, line), "",
                Reason.of("import.malformed", "JSON", detail), cause);
    }

    private long currentLine() {
        return lineOf(parser.currentTokenLocation());
    }

    private static long lineOf(TokenStreamLocation location) {
        return Math.max(0, location.getLineNr());
    }
}

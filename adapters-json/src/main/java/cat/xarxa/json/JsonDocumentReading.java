package cat.xarxa.json;

import cat.xarxa.common.Reason;
import cat.xarxa.spi.ImportException;
import cat.xarxa.spi.ImportSink;
import cat.xarxa.spi.RecordLocation;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;

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
 * {@code members} must be there. Fields the document object does not know are skipped.
 */
final class JsonDocumentReading {

    private static final Reason SHAPE = Reason.of("import.not-a-document");

    private final JsonParser parser;
    private final ImportSink sink;
    private long recordsRead;

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
        } catch (StreamReadException e) {
            // Only the parser throws this (the sink does not know Jackson): the text is not JSON.
            TokenStreamLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            String detail = e.getOriginalMessage() + " (column " + at.getColumnNr() + ")";
            throw malformed(detail, lineOf(at), e);
        }
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
            } else if (Envelope.isEnvelopeField(field)) {
                RecordLocation where = nextRecord();
                Envelope.check(field, parser.<JsonNode>readValueAsTree(), where);
            } else {
                parser.skipChildren();
            }
        }
        if (!membersRead) {
            throw malformed(Reason.of("import.no-members"), currentLine(), null);
        }
        if (parser.nextToken() != null) {
            throw malformed(Reason.of("import.trailing-content"), currentLine(), null);
        }
    }

    /** Reads an array of records of one kind, handing each on as soon as it is read. */
    private <D> void readArray(RecordType<D> type) {
        // Files from before people, partners and care records existed have none of them; every file has members.
        if (parser.hasToken(JsonToken.VALUE_NULL) && type != RecordType.MEMBER) {
            return;
        }
        requireArray(type.arrayName());
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            RecordLocation where = nextRecord();
            D record = readRecord(where, type::read);
            recordsRead++;
            type.handOver(sink, where, record);
        }
    }

    private void requireArray(String field) {
        if (!parser.hasToken(JsonToken.START_ARRAY)) {
            throw new ImportException(nextRecord(), field, Reason.of("import.wrong-type", "array"), null);
        }
    }

    /** Reads the record at the parser with a reader, a field it cannot read refused at the record's location. */
    private <T> T readRecord(RecordLocation where, Function<JsonParser, T> reader) {
        try {
            return reader.apply(parser);
        } catch (RecordProblem problem) {
            throw new ImportException(where, problem.field(), problem.reason(), null);
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

package cat.xarxa.json;

import static cat.xarxa.json.JsonDocumentExport.MEMBERS;
import static cat.xarxa.json.JsonDocumentExport.PEOPLE;

import cat.xarxa.common.Reason;
import cat.xarxa.member.MemberData;
import cat.xarxa.member.PersonData;
import cat.xarxa.spi.ImportException;
import cat.xarxa.spi.ImportSink;
import cat.xarxa.spi.RecordLocation;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;

/**
 * One reading of a {@code json} document: walks it token by token, checks the {@link Envelope},
 * hands each person and each member to the sink as soon as it is read, and knows which record it
 * is at, so that every error names the record and its line. Records are counted from 1 over the
 * whole document in the order they come, people and members alike (as exported, the people are
 * records 1 to P and the members follow), so that a record's number alone says which it is.
 * A missing or {@code null} {@code people} is none, as in files written before people existed;
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
            if (MEMBERS.equals(field)) {
                readMembers();
                membersRead = true;
            } else if (PEOPLE.equals(field)) {
                readPeople();
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

    private void readPeople() {
        if (parser.hasToken(JsonToken.VALUE_NULL)) {
            return;
        }
        requireArray(PEOPLE);
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            RecordLocation where = nextRecord();
            PersonData person = readRecord(where, PersonRecordReader::read);
            recordsRead++;
            sink.person(where, person);
        }
    }

    private void readMembers() {
        requireArray(MEMBERS);
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            RecordLocation where = nextRecord();
            MemberData member = readRecord(where, MemberRecordReader::read);
            recordsRead++;
            sink.member(where, member);
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

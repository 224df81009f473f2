package cat.xarxa.json;

import static cat.xarxa.json.JsonDocumentExport.MEMBERS;

import cat.xarxa.common.Reason;
import cat.xarxa.member.MemberData;
import cat.xarxa.spi.ImportException;
import cat.xarxa.spi.ImportSink;
import cat.xarxa.spi.RecordLocation;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;

/**
 * One reading of a {@code json} document: walks it token by token, checks the {@link Envelope},
 * hands each member to the sink as soon as it is read, and knows which record it is at, so that
 * every error names the record and its line. Fields the document object does not know are
 * skipped.
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

    private void readMembers() {
        if (!parser.hasToken(JsonToken.START_ARRAY)) {
            throw new ImportException(nextRecord(), MEMBERS, Reason.of("import.wrong-type", "array"), null);
        }
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            RecordLocation where = nextRecord();
            MemberData member;
            try {
                member = MemberRecordReader.read(parser);
            } catch (RecordProblem problem) {
                throw new ImportException(where, problem.field(), problem.reason(), null);
            }
            recordsRead++;
            sink.member(where, member);
        }
    }

    /** The record being read or, outside the members, the one that would come next. */
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

package cat.xarxa.json;

import cat.xarxa.common.Reason;
import cat.xarxa.fee.FeePolicy;
import cat.xarxa.spi.ImportException;
import cat.xarxa.spi.RecordLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;

/**
 * A fee policy as a file of its own, one JSON object in {@link FeePolicyShape}'s shape, e.g. the
 * one the secretariat keeps beside the assembly minutes. Written indented, for a person to read
 * and edit; read as the formats read a policy record, and refused in the same words: the policy
 * is record 1, on the line its object starts on.
 */
final class FeePolicyFile {

    private static final RecordLocation FIRST = new RecordLocation(1, 0);

    private FeePolicyFile() {
    }

    /**
     * Reads the policy a file holds; does not close the stream.
     *
     * @throws ImportException naming the field if the text is not a policy
     * @throws IOException     if reading fails
     */
    static FeePolicy read(InputStream in) throws IOException {
        try (JsonParser parser = JsonStreams.parser(in)) {
            return read(parser);
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
    }

    private static FeePolicy read(JsonParser parser) {
        JsonNode record;
        RecordLocation where;
        try {
            if (parser.nextToken() == null) {
                throw malformed(FIRST, Reason.of("import.empty"), null);
            }
            where = new RecordLocation(1, lineOf(parser.currentTokenLocation()));
            record = parser.readValueAsTree();
            if (parser.nextToken() != null) {
                throw malformed(where, Reason.of("import.trailing-content"), null);
            }
        } catch (StreamReadException e) {
            TokenStreamLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            throw malformed(new RecordLocation(1, lineOf(at)),
                    e.getOriginalMessage() + " (column " + at.getColumnNr() + ")", e);
        }
        try {
            return FeePolicyReader.read(record);
        } catch (RecordProblem problem) {
            throw new ImportException(where, problem.field(), problem.reason(), null);
        }
    }

    /**
     * Writes a policy, indented, ending with a line break; does not close the stream.
     *
     * @throws IOException if writing fails
     */
    static void write(FeePolicy policy, OutputStream out) throws IOException {
        try (JsonGenerator json = JsonStreams.indentedGenerator(out)) {
            json.writeStartObject();
            FeePolicyShape.writeFields(json, policy);
            json.writeEndObject();
            json.writeRaw('\n');
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
    }

    /** @param detail what is wrong: a {@link Reason}, or the parser's own words */
    private static ImportException malformed(RecordLocation where, Object detail, Throwable cause) {
        return new ImportException(where, "", Reason.of("import.malformed", "JSON", detail), cause);
    }

    private static long lineOf(TokenStreamLocation location) {
        return Math.max(0, location.getLineNr());
    }
}

package cat.xarxa.json;

import cat.xarxa.common.InvalidCommandException;
import cat.xarxa.common.Reason;
import cat.xarxa.common.Violation;
import cat.xarxa.spi.ImportException;
import cat.xarxa.spi.RecordLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.BiConsumer;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;

/**
 * A value kept as a file of its own, one JSON object: a fee policy ({@link FeePolicyFile}), a
 * work plan to adopt, a calendar template. Written indented, for a person to read and edit; read
 * as the formats read a record, and refused in the same words: the value is record 1, on the line
 * its object starts on, and the field is named by its path. A versioned file starts with
 * {@code "version":1}, which a reader checks if it is there, as the formats' envelope.
 */
final class StandaloneFile {

    private static final RecordLocation FIRST = new RecordLocation(1, 0);

    private StandaloneFile() {
    }

    /**
     * Reads the value a file holds; does not close the stream.
     *
     * @param versioned whether a {@code version} the file gives must be {@code 1}
     * @param reader    reads the object, throwing {@link RecordProblem} naming the field, or
     *                  {@link InvalidCommandException} for a command that breaks a constraint
     * @throws ImportException naming the field if the text is not one
     * @throws IOException     if reading fails
     */
    static <T> T read(InputStream in, boolean versioned, Function<JsonNode, T> reader) throws IOException {
        try (JsonParser parser = JsonStreams.parser(in)) {
            return read(parser, versioned, reader);
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
    }

    private static <T> T read(JsonParser parser, boolean versioned, Function<JsonNode, T> reader) {
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
        if (versioned && record.isObject()) {
            Envelope.check(Envelope.VERSION, record.get(Envelope.VERSION), where);
        }
        try {
            return reader.apply(record);
        } catch (RecordProblem problem) {
            throw new ImportException(where, problem.field(), problem.reason(), null);
        } catch (InvalidCommandException invalid) {
            Violation first = invalid.violations().get(0);
            throw new ImportException(where, first.field(), first::message, invalid);
        }
    }

    /**
     * Writes a value, indented, ending with a line break; does not close the stream.
     *
     * @param versioned whether to start with {@code "version":1}
     * @param fields    writes the value's fields into the object the generator has open
     * @throws IOException if writing fails
     */
    static <T> void write(OutputStream out, boolean versioned, T value, BiConsumer<JsonGenerator, T> fields)
            throws IOException {
        try (JsonGenerator json = JsonStreams.indentedGenerator(out)) {
            json.writeStartObject();
            if (versioned) {
                json.writeNumberProperty(Envelope.VERSION, Envelope.CURRENT_VERSION);
            }
            fields.accept(json, value);
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

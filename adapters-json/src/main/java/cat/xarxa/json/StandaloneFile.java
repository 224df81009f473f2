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
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;

/**
 * A value kept as a file of its own, one JSON object: a fee policy ({@link FeePolicyFile}), a
 * work plan to adopt, a calendar template. Written indented, for a person to read and edit; read
 * as the formats read a record, and refused in the same words: the value is record 1, on the line
 * its object starts on, and the field is named by its path. A versioned file starts with
 * {@code "version":1}, which a reader checks if it is there. A property the reader does not know
 * is refused ({@link KnownFields}), and the text is parsed within {@link JsonStreams#LIMITS}.
 */
final class StandaloneFile {

    private static final RecordLocation FIRST = new RecordLocation(1, 0);

    /** The version field of a file of its own, and the one version there is. */
    static final String VERSION = "version";
    static final int VERSION_1 = 1;

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
        WatchedInput watched = new WatchedInput(in);
        try (JsonParser parser = JsonStreams.parser(watched)) {
            return read(parser, versioned, reader);
        } catch (JacksonIOException e) {
            throw JsonDocumentImport.notText(e, watched);
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
        } catch (StreamConstraintsException e) {
            throw JsonDocumentReading.tooLarge(new RecordLocation(1, lineOf(parser.currentLocation())), e);
        } catch (JacksonIOException e) {
            throw e;
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            throw malformed(new RecordLocation(1, lineOf(at)),
                    e.getOriginalMessage() + " (column " + at.getColumnNr() + ")", e);
        }
        JsonNode noted = KnownFields.noting(record);
        if (versioned && noted.isObject()) {
            checkVersion(noted.get(VERSION), where);
        }
        try {
            T value = reader.apply(noted);
            KnownFields.refuseUnread(noted, "");
            return value;
        } catch (RecordProblem problem) {
            throw new ImportException(where, problem.field(), problem.reason("$"), null);
        } catch (InvalidCommandException invalid) {
            Violation first = invalid.violations().get(0);
            throw new ImportException(where, first.field(), first::message, invalid);
        }
    }

    /** Checks a file's {@code version}: absent, or {@code 1}. */
    private static void checkVersion(JsonNode value, RecordLocation where) {
        if (value == null) {
            return;
        }
        if (!value.isIntegralNumber()) {
            throw new ImportException(where, VERSION, Reason.of("import.wrong-type", "integer"), null);
        }
        if (!String.valueOf(VERSION_1).equals(value.asString())) {
            throw new ImportException(where, VERSION, Reason.of("import.unknown-value", value.asString(), VERSION_1),
                    null);
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
                json.writeNumberProperty(VERSION, VERSION_1);
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

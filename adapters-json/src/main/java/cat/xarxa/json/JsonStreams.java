package cat.xarxa.json;

import java.io.InputStream;
import java.io.OutputStream;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The parsers and generators the formats read and write with, set up for importing and exporting
 * a whole network rather than for binding objects. Thread-safe.
 *
 * <p>Every parser is held to {@link #LIMITS}, so that a hostile file (nested a thousand levels
 * deep, a text of a hundred megabytes, a number of a thousand digits) is refused while it is
 * read, before it costs memory or time, with {@code import.too-large}. The limits are far above
 * what any record needs: the deepest record (a work plan's evidence) is nested 7 levels, the
 * longest text a command takes is 4,000 characters, the largest number a count or a year.
 * No mapper here activates default typing: a file never names a Java class to create.
 */
final class JsonStreams {

    /** Deeper than any record (a work plan's evidence is at depth 7), far below a stack overflow. */
    static final int MAX_NESTING_DEPTH = 64;
    /** 25 times the longest text a command takes (4,000 characters), in characters. */
    static final int MAX_STRING_LENGTH = 100_000;
    /** A property name; the longest a record uses is 20 characters. */
    static final int MAX_NAME_LENGTH = 200;
    /** Digits of a number, enough for any {@code long}; a year or a count needs 10. */
    static final int MAX_NUMBER_LENGTH = 30;
    /** A whole {@code json} document, or one {@code jsonl} line, a standalone file: 1 GiB, in bytes or characters. */
    static final long MAX_DOCUMENT_LENGTH = 1L << 30;

    /** What every parser the formats build is held to. */
    static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNameLength(MAX_NAME_LENGTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxDocumentLength(MAX_DOCUMENT_LENGTH)
            .build();

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(LIMITS)
                    .build())
            // A format must not close the caller's streams.
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            // An export that fails half way must not be closed into a valid but shorter document.
            .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
            // A record with a field twice was not written by an export: refuse it rather than guess.
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // Two records on one jsonl line are not one record with something after it.
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // Characters beyond the BMP (an emoji in a name) as plain UTF-8, not escaped surrogates.
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    private static final OneRecordPerLine ONE_RECORD_PER_LINE = new OneRecordPerLine();

    /** Two spaces a level, {@code "year": 2026} as people write JSON by hand. */
    private static final DefaultPrettyPrinter INDENTED = new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER));

    private JsonStreams() {
    }

    /** A UTF-8 generator that lays a document out one record per line. */
    static JsonGenerator documentGenerator(OutputStream out) {
        return MAPPER.writer().with(ONE_RECORD_PER_LINE).createGenerator(out, JsonEncoding.UTF8);
    }

    /** A UTF-8 generator for JSON Lines: compact records, the caller writes each line's end. */
    static JsonGenerator linesGenerator(OutputStream out) {
        return MAPPER.writer().withRootValueSeparator("").createGenerator(out, JsonEncoding.UTF8);
    }

    /** A UTF-8 generator that indents, for a file a person reads and edits. */
    static JsonGenerator indentedGenerator(OutputStream out) {
        return MAPPER.writer().with(INDENTED).createGenerator(out, JsonEncoding.UTF8);
    }

    /** A parser over a whole document; Jackson detects UTF-8, UTF-16 or UTF-32. */
    static JsonParser parser(InputStream in) {
        return MAPPER.createParser(in);
    }

    /** One line of JSON Lines as a tree. */
    static JsonNode readLine(String line) {
        return MAPPER.readTree(line);
    }

    /** A parser over a tree, for reading a record the same way in both formats. */
    static JsonParser tokensOf(JsonNode tree) {
        return MAPPER.treeAsTokens(tree);
    }
}

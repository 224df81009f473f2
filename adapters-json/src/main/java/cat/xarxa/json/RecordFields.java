package cat.xarxa.json;

import cat.xarxa.common.Reason;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads the values of a record's fields from a parser standing on them, leniently: a JSON
 * {@code null} is null, so that the import's constraint check names it in the user's language;
 * only a value that cannot be taken at all (the wrong JSON type, an unknown enum name, a date
 * that is not one) is a {@link RecordProblem} naming the field. Shared by the readers of every
 * kind of record, so that all name problems in the same words.
 */
final class RecordFields {

    private static final String DATE_FORM = "ISO 8601 (YYYY-MM-DD)";

    private RecordFields() {
    }

    /**
     * Checks that the parser is at an object, or already inside one at its first property name.
     *
     * @param where the object's place in messages; empty for a record
     * @throws RecordProblem if it is not an object
     */
    static void requireObject(JsonParser parser, String where) {
        if (!parser.hasToken(JsonToken.START_OBJECT) && !parser.hasToken(JsonToken.PROPERTY_NAME)) {
            throw wrongType(where, "object");
        }
    }

    /** The name of the object's first property, stepping into it if the parser is at its start; null if none. */
    static String firstName(JsonParser parser) {
        return parser.hasToken(JsonToken.PROPERTY_NAME) ? parser.currentName() : parser.nextName();
    }

    /** A JSON string; null for a JSON {@code null}. */
    static String text(JsonParser parser, String field) {
        if (parser.hasToken(JsonToken.VALUE_NULL)) {
            return null;
        }
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            throw wrongType(field, "string");
        }
        return parser.getString();
    }

    /** One of an enum's names, exactly as written; null for a JSON {@code null}. */
    static <E extends Enum<E>> E enumValue(JsonParser parser, String field, Class<E> type) {
        String text = text(parser, field);
        if (text == null) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(text))
                .findFirst()
                .orElseThrow(() -> new RecordProblem(field, Reason.of("import.unknown-value", text, namesOf(type))));
    }

    /** An ISO date, {@code 2026-03-02}; null for a JSON {@code null}. */
    static LocalDate date(JsonParser parser, String field) {
        String text = text(parser, field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new RecordProblem(field, Reason.of("import.malformed", DATE_FORM, "'" + text + "'"));
        }
    }

    /**
     * A JSON array, each element read by {@code element} at its place ({@code followUps[1]}), in
     * the file's order; null for a JSON {@code null}. A {@code null} element is kept as null, not
     * dropped, so that the import's constraint check names it by its place.
     *
     * @param element reads the element the parser is at, given its place for messages
     */
    static <T> List<T> list(JsonParser parser, String field, BiFunction<JsonParser, String, T> element) {
        if (parser.hasToken(JsonToken.VALUE_NULL)) {
            return null;
        }
        if (!parser.hasToken(JsonToken.START_ARRAY)) {
            throw wrongType(field, "array");
        }
        // Not List.of, which refuses null elements.
        List<T> elements = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            String where = field + "[" + elements.size() + "]";
            elements.add(token == JsonToken.VALUE_NULL ? null : element.apply(parser, where));
        }
        return elements;
    }

    /**
     * Refuses a property a reader does not know, after skipping nothing: a file with it was not
     * written by an export, and a misspelt field must not be silently dropped.
     *
     * @param field its path in the record, e.g. {@code history[0].sinse}
     */
    static RecordProblem unknownProperty(String field) {
        return RecordProblem.unknownProperty(field);
    }

    /** The problem of a field whose JSON type is not the one expected, e.g. {@code expected array}. */
    static RecordProblem wrongType(String field, String jsonType) {
        return new RecordProblem(field, Reason.of("import.wrong-type", jsonType));
    }

    private static String namesOf(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}

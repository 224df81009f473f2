package cat.xarxa.json;

import static cat.xarxa.json.RecordFields.wrongType;

import cat.xarxa.common.Hours;
import cat.xarxa.common.Reason;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;

/**
 * Reads the values of a record held whole as a tree, for the fee, advisory, mentorship,
 * working-group, governance, good-practice and work-plan records, and for the files of their own
 * (a fee policy, a work plan to adopt, a calendar template): the sink takes them as domain
 * records, which cannot hold a missing value, so a missing required value is refused here (as a
 * value of the wrong JSON type, as a population figure without its year is), and an
 * optional one is taken as none or as its default. A field is named by its path from the record,
 * e.g. {@code rule.rules.MUNICIPALITY.floor} or {@code corrections[1].amount}. A property a reader
 * does not read is refused ({@link KnownFields}), as in every other record.
 */
final class TreeFields {

    static final String STRING = "string";
    static final String INTEGER = "integer";
    static final String OBJECT = "object";
    static final String ARRAY = "array";
    static final String BOOLEAN = "boolean";

    private static final String DATE_FORM = "ISO 8601 (YYYY-MM-DD)";
    private static final String DATE_TIME_FORM = "ISO 8601 (YYYY-MM-DDThh:mm)";
    private static final String HOURS_FORM = "h:mm (4:00, 1:30)";
    private static final String TIME_FORM = "ISO 8601 (hh:mm)";

    private TreeFields() {
    }

    /**
     * A reader of records held whole: reads the record at the parser into a tree, then reads the
     * tree. A rule's {@code type} may come after its other fields and a record's {@code currency}
     * after its amounts, so a fee record is read whole rather than token by token; a record is
     * small, so memory stays bounded by the largest record, as for a {@code jsonl} line.
     */
    static <D> Function<JsonParser, D> wholeRecord(Function<JsonNode, D> reader) {
        return parser -> KnownFields.read(parser.readValueAsTree(), reader);
    }

    /** The path of a field inside an object at {@code path}; the field alone at the record's top. */
    static String at(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    /**
     * The node as an object.
     *
     * @param path where it is, for messages; empty for a record
     * @throws RecordProblem if it is not an object
     */
    static JsonNode object(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw wrongType(path, OBJECT);
        }
        return node;
    }

    /** The field's value, or null if it is missing or a JSON {@code null}. */
    static JsonNode optional(JsonNode object, String field) {
        JsonNode value = object.get(field);
        return value == null || value.isNull() ? null : value;
    }

    /** A required string. */
    static String text(JsonNode object, String field, String path) {
        String text = optionalText(object, field, path);
        if (text == null) {
            throw wrongType(at(path, field), STRING);
        }
        return text;
    }

    /** A string; null if missing or {@code null}. */
    static String optionalText(JsonNode object, String field, String path) {
        JsonNode value = optional(object, field);
        if (value == null) {
            return null;
        }
        if (!value.isString()) {
            throw wrongType(at(path, field), STRING);
        }
        return value.stringValue();
    }

    /** A required whole number that fits a {@code long}. */
    static long wholeNumber(JsonNode object, String field, String path) {
        Long number = optionalWholeNumber(object, field, path);
        if (number == null) {
            throw wrongType(at(path, field), INTEGER);
        }
        return number;
    }

    /** A whole number that fits a {@code long}; null if missing or {@code null}. */
    static Long optionalWholeNumber(JsonNode object, String field, String path) {
        JsonNode value = optional(object, field);
        return value == null ? null : wholeNumber(value, at(path, field));
    }

    /**
     * A whole number of the element or value at hand. A number beyond a {@code long} is refused
     * rather than cut short.
     */
    static long wholeNumber(JsonNode value, String path) {
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
            throw wrongType(path, INTEGER);
        }
        return value.longValue();
    }

    /**
     * A required whole number held in an {@code int}, e.g. a year or a count of days. One beyond an
     * {@code int} is brought to its nearest end, which is still out of any range the domain allows,
     * so that the domain's own check refuses it with its message.
     */
    static int intValue(JsonNode object, String field, String path) {
        return toInt(wholeNumber(object, field, path));
    }

    /** As {@link #intValue}, with a default for a missing or {@code null} value. */
    static int intValue(JsonNode object, String field, String path, int missing) {
        Long number = optionalWholeNumber(object, field, path);
        return number == null ? missing : toInt(number);
    }

    static int toInt(long number) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, number));
    }

    /** A required boolean. */
    static boolean bool(JsonNode object, String field, String path) {
        if (optional(object, field) == null) {
            throw wrongType(at(path, field), BOOLEAN);
        }
        return bool(object, field, path, false);
    }

    /** A boolean, with a default for a missing or {@code null} value. */
    static boolean bool(JsonNode object, String field, String path, boolean missing) {
        JsonNode value = optional(object, field);
        if (value == null) {
            return missing;
        }
        if (!value.isBoolean()) {
            throw wrongType(at(path, field), BOOLEAN);
        }
        return value.booleanValue();
    }

    /** A required ISO date, {@code 2026-03-14}. */
    static LocalDate date(JsonNode object, String field, String path) {
        String text = text(object, field, path);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new RecordProblem(at(path, field), Reason.of("import.malformed", DATE_FORM, "'" + text + "'"));
        }
    }

    /** An ISO date; null if missing or {@code null}. */
    static LocalDate optionalDate(JsonNode object, String field, String path) {
        return optional(object, field) == null ? null : date(object, field, path);
    }

    /** A required ISO local date and time, {@code 2026-05-04T10:00}. */
    static LocalDateTime dateTime(JsonNode object, String field, String path) {
        String text = text(object, field, path);
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new RecordProblem(at(path, field),
                    Reason.of("import.malformed", DATE_TIME_FORM, "'" + text + "'"));
        }
    }

    /** An ISO local time, {@code 10:00} or {@code 10:00:30}; null if missing or {@code null}. */
    static LocalTime optionalTime(JsonNode object, String field, String path) {
        String text = optionalText(object, field, path);
        if (text == null) {
            return null;
        }
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new RecordProblem(at(path, field), Reason.of("import.malformed", TIME_FORM, "'" + text + "'"));
        }
    }

    /**
     * A required quantity of hours written as {@link Hours} writes it, {@code "4:00"}, or as
     * whole hours, {@code "4"}; a JSON number is refused as the wrong type, as an amount is.
     */
    static Hours hours(JsonNode object, String field, String path) {
        Hours hours = optionalHours(object, field, path);
        if (hours == null) {
            throw wrongType(at(path, field), STRING);
        }
        return hours;
    }

    /** A quantity of hours as {@link #hours}; null if missing or {@code null}. */
    static Hours optionalHours(JsonNode object, String field, String path) {
        String text = optionalText(object, field, path);
        if (text == null) {
            return null;
        }
        try {
            return Hours.parse(text);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new RecordProblem(at(path, field), Reason.of("import.malformed", HOURS_FORM, "'" + text + "'"));
        }
    }

    /** One of an enum's names, exactly as written; required. */
    static <E extends Enum<E>> E enumValue(JsonNode object, String field, String path, Class<E> type) {
        E value = optionalEnumValue(object, field, path, type);
        if (value == null) {
            throw wrongType(at(path, field), STRING);
        }
        return value;
    }

    /** One of an enum's names, exactly as written; null if missing or {@code null}. */
    static <E extends Enum<E>> E optionalEnumValue(JsonNode object, String field, String path, Class<E> type) {
        String text = optionalText(object, field, path);
        return text == null ? null : named(text, at(path, field), type);
    }

    /** The enum constant of this name, exactly as written; {@code import.unknown-value} listing the names if none. */
    static <E extends Enum<E>> E named(String text, String path, Class<E> type) {
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(text))
                .findFirst()
                .orElseThrow(() -> new RecordProblem(path, Reason.of("import.unknown-value", text,
                        Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")))));
    }

    /**
     * A JSON array, each element read by {@code element} at its place ({@code corrections[1]});
     * none for a missing or {@code null} one. A {@code null} element is given to the reader as
     * {@code null}, which refuses it as the wrong type.
     */
    static <T> List<T> list(JsonNode object, String field, String path, BiFunction<JsonNode, String, T> element) {
        JsonNode value = optional(object, field);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            throw wrongType(at(path, field), ARRAY);
        }
        List<T> elements = new ArrayList<>();
        for (JsonNode item : value) {
            elements.add(element.apply(item.isNull() ? null : item, at(path, field) + "[" + elements.size() + "]"));
        }
        return List.copyOf(elements);
    }

    /** A reader of a list's elements that are ids, each read with its {@code parse} at its place ({@code coordinators[0]}). */
    static <I> BiFunction<JsonNode, String, I> ids(Function<String, I> parse) {
        return (value, where) -> {
            if (value == null || !value.isString()) {
                throw wrongType(where, STRING);
            }
            try {
                return parse.apply(value.stringValue());
            } catch (IllegalArgumentException e) {
                throw new RecordProblem(where, Reason.of("import.not-an-id", value.stringValue()));
            }
        };
    }

    /** A reader of a list's elements that are strings, e.g. tags. */
    static String textElement(JsonNode value, String where) {
        if (value == null || !value.isString()) {
            throw wrongType(where, STRING);
        }
        return value.stringValue();
    }

    /**
     * Builds a domain value whose constructor checks more than its fields' types (dates in order,
     * a refund naming no assessment). The core has no reason for these yet, so the constructor's
     * own words are given after the record's name, as the parser's are for malformed JSON.
     *
     * @param path   the field to name
     * @param record the record as files and the journal name it, e.g. {@code fee-assessment}
     */
    static <T> T built(String path, String record, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            Reason recordName = new Reason("value.aggregate." + record, List.of());
            throw new RecordProblem(path, Reason.of("import.malformed", recordName, e.getMessage()));
        }
    }

    /** An id read with its {@code parse}; null if missing or {@code null}. */
    static <I> I optionalId(JsonNode object, String field, String path, Function<String, I> parse) {
        return optional(object, field) == null ? null : id(object, field, path, parse);
    }

    /** An id read with its {@code parse}; {@code import.not-an-id} if the text is not one. */
    static <I> I id(JsonNode object, String field, String path, Function<String, I> parse) {
        String text = text(object, field, path);
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            throw new RecordProblem(at(path, field), Reason.of("import.not-an-id", text));
        }
    }
}

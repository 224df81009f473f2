package cat.xarxa.json;

import cat.xarxa.common.Reason;
import cat.xarxa.member.MemberData;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.MemberStatus;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads one member record, token by token, into a {@link MemberData} without judging it: a
 * missing field or a JSON {@code null} becomes null, so that the import's constraint check names
 * it in the user's language. Only what cannot be put into a {@code MemberData} at all is refused
 * here, as a {@link RecordProblem}: a value of the wrong JSON type, an unknown enum name, a date
 * that is not one.
 *
 * <p>{@code population} is the exception to "missing means null": files written before the field
 * existed have none, so a missing or {@code null} {@code population} is read as no figures. And
 * a figure's {@code year} and {@code inhabitants} are whole numbers in {@code MemberData}, which
 * has no way to say "missing", so a missing or {@code null} one is refused here as a value of the
 * wrong type rather than read as 0.
 *
 * <p>Fields it does not know are skipped, so that a file written by a later version, with more
 * fields, still reads.
 */
final class MemberRecordReader {

    private static final String DATE_FORM = "ISO 8601 (YYYY-MM-DD)";
    /** The JSON type a figure's year and inhabitants must have, as messages name it. */
    private static final String WHOLE_NUMBER = "integer";

    private MemberRecordReader() {
    }

    /**
     * Reads the member whose object starts at the parser's current token and leaves the parser
     * at its end.
     *
     * @param parser at the record's {@code START_OBJECT}, or at its first property name if a
     *               caller has already stepped into it
     * @throws RecordProblem naming the field that cannot be read
     */
    static MemberData read(JsonParser parser) {
        requireObject(parser, "");
        String id = null;
        MemberKind kind = null;
        String officialCode = null;
        String name = null;
        List<MemberData.Step> history = null;
        List<MemberData.Figure> population = List.of();
        for (String field = firstName(parser); field != null; field = parser.nextName()) {
            parser.nextToken();
            switch (field) {
                case MemberShape.ID -> id = text(parser, field);
                case MemberShape.KIND -> kind = enumValue(parser, field, MemberKind.class);
                case MemberShape.OFFICIAL_CODE -> officialCode = text(parser, field);
                case MemberShape.NAME -> name = text(parser, field);
                case MemberShape.HISTORY -> history = history(parser);
                case MemberShape.POPULATION -> population = population(parser);
                default -> parser.skipChildren();
            }
        }
        return new MemberData(id, kind, officialCode, name, history, population);
    }

    /**
     * Reads one step of a history whose object starts at the parser's current token.
     *
     * @param where the step's place in messages, e.g. {@code history[2]}; empty for a step alone
     * @throws RecordProblem naming the field that cannot be read
     */
    static MemberData.Step readStep(JsonParser parser, String where) {
        requireObject(parser, where);
        String prefix = where.isEmpty() ? "" : where + ".";
        MemberStatus status = null;
        LocalDate since = null;
        String reference = null;
        for (String field = firstName(parser); field != null; field = parser.nextName()) {
            parser.nextToken();
            switch (field) {
                case MemberShape.STATUS -> status = enumValue(parser, prefix + field, MemberStatus.class);
                case MemberShape.SINCE -> since = date(parser, prefix + field);
                case MemberShape.REFERENCE -> reference = text(parser, prefix + field);
                default -> parser.skipChildren();
            }
        }
        return new MemberData.Step(status, since, reference);
    }

    private static List<MemberData.Step> history(JsonParser parser) {
        if (parser.hasToken(JsonToken.VALUE_NULL)) {
            return null;
        }
        if (!parser.hasToken(JsonToken.START_ARRAY)) {
            throw wrongType(MemberShape.HISTORY, "array");
        }
        // Not List.of: a null step is kept so that the constraint check can name it.
        List<MemberData.Step> steps = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            String where = MemberShape.HISTORY + "[" + steps.size() + "]";
            steps.add(token == JsonToken.VALUE_NULL ? null : readStep(parser, where));
        }
        return steps;
    }

    /** The figures, in the file's order; none for {@code null}. */
    private static List<MemberData.Figure> population(JsonParser parser) {
        if (parser.hasToken(JsonToken.VALUE_NULL)) {
            return List.of();
        }
        if (!parser.hasToken(JsonToken.START_ARRAY)) {
            throw wrongType(MemberShape.POPULATION, "array");
        }
        // Not List.of: a null figure is kept so that the constraint check can name it.
        List<MemberData.Figure> figures = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            String where = MemberShape.POPULATION + "[" + figures.size() + "]";
            figures.add(token == JsonToken.VALUE_NULL ? null : readFigure(parser, where));
        }
        return figures;
    }

    private static MemberData.Figure readFigure(JsonParser parser, String where) {
        requireObject(parser, where);
        String prefix = where + ".";
        Long year = null;
        Long inhabitants = null;
        String source = null;
        for (String field = firstName(parser); field != null; field = parser.nextName()) {
            parser.nextToken();
            switch (field) {
                case MemberShape.YEAR -> year = wholeNumber(parser, prefix + field);
                case MemberShape.INHABITANTS -> inhabitants = wholeNumber(parser, prefix + field);
                case MemberShape.SOURCE -> source = text(parser, prefix + field);
                default -> parser.skipChildren();
            }
        }
        if (year == null) {
            throw wrongType(prefix + MemberShape.YEAR, WHOLE_NUMBER);
        }
        if (inhabitants == null) {
            throw wrongType(prefix + MemberShape.INHABITANTS, WHOLE_NUMBER);
        }
        return new MemberData.Figure(yearInRange(year), inhabitants, source);
    }

    /** A JSON integer that fits a {@code long}; null for a JSON {@code null}. */
    private static Long wholeNumber(JsonParser parser, String field) {
        if (parser.hasToken(JsonToken.VALUE_NULL)) {
            return null;
        }
        // A number beyond a long cannot be a count of people; it is refused rather than cut short.
        if (!parser.hasToken(JsonToken.VALUE_NUMBER_INT) || parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            throw wrongType(field, WHOLE_NUMBER);
        }
        return parser.getLongValue();
    }

    /**
     * A year beyond an {@code int} is brought to its nearest end, which is still outside the
     * years the constraint check allows, so that the check refuses it with its own message.
     */
    private static int yearInRange(long year) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, year));
    }

    private static void requireObject(JsonParser parser, String where) {
        if (!parser.hasToken(JsonToken.START_OBJECT) && !parser.hasToken(JsonToken.PROPERTY_NAME)) {
            throw wrongType(where, "object");
        }
    }

    private static String firstName(JsonParser parser) {
        return parser.hasToken(JsonToken.PROPERTY_NAME) ? parser.currentName() : parser.nextName();
    }

    private static String text(JsonParser parser, String field) {
        if (parser.hasToken(JsonToken.VALUE_NULL)) {
            return null;
        }
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            throw wrongType(field, "string");
        }
        return parser.getString();
    }

    private static <E extends Enum<E>> E enumValue(JsonParser parser, String field, Class<E> type) {
        String text = text(parser, field);
        if (text == null) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(text))
                .findFirst()
                .orElseThrow(() -> new RecordProblem(field, Reason.of("import.unknown-value", text, namesOf(type))));
    }

    private static LocalDate date(JsonParser parser, String field) {
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

    private static RecordProblem wrongType(String field, String jsonType) {
        return new RecordProblem(field, Reason.of("import.wrong-type", jsonType));
    }

    private static String namesOf(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}

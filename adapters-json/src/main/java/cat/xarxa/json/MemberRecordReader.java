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
 * <p>Fields it does not know are skipped, so that a file written by a later version, with more
 * fields, still reads.
 */
final class MemberRecordReader {

    private static final String DATE_FORM = "ISO 8601 (YYYY-MM-DD)";

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
        for (String field = firstName(parser); field != null; field = parser.nextName()) {
            parser.nextToken();
            switch (field) {
                case MemberShape.ID -> id = text(parser, field);
                case MemberShape.KIND -> kind = enumValue(parser, field, MemberKind.class);
                case MemberShape.OFFICIAL_CODE -> officialCode = text(parser, field);
                case MemberShape.NAME -> name = text(parser, field);
                case MemberShape.HISTORY -> history = history(parser);
                default -> parser.skipChildren();
            }
        }
        return new MemberData(id, kind, officialCode, name, history);
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

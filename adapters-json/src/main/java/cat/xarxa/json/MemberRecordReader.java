package cat.xarxa.json;

import static cat.xarxa.json.RecordFields.date;
import static cat.xarxa.json.RecordFields.enumValue;
import static cat.xarxa.json.RecordFields.firstName;
import static cat.xarxa.json.RecordFields.requireObject;
import static cat.xarxa.json.RecordFields.text;
import static cat.xarxa.json.RecordFields.unknownProperty;
import static cat.xarxa.json.RecordFields.wrongType;

import cat.xarxa.member.MemberData;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.MemberStatus;
import cat.xarxa.member.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads one member record, token by token, into a {@link MemberData} without judging it: a
 * missing field or a JSON {@code null} becomes null, so that the import's constraint check names
 * it in the user's language. Only what cannot be put into a {@code MemberData} at all is refused
 * here, as a {@link RecordProblem}: a value of the wrong JSON type, an unknown enum name, a date
 * that is not one ({@link RecordFields}).
 *
 * <p>{@code population} and {@code mandates} are the exceptions to "missing means null": files
 * written before the fields existed have none, so a missing or {@code null} one is read as none
 * (no figures, no mandates). And a figure's {@code year} and {@code inhabitants} are whole
 * numbers in {@code MemberData}, which has no way to say "missing", so a missing or {@code null}
 * one is refused here as a value of the wrong type rather than read as 0. A mandate's {@code to}
 * is null while the mandate is open, so a missing {@code to} and a {@code null} one are the same.
 *
 * <p>A field it does not know is refused, named by its path, so that a misspelt field is not
 * silently dropped.
 */
final class MemberRecordReader {

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
        List<MemberData.Term> mandates = List.of();
        for (String field = firstName(parser); field != null; field = parser.nextName()) {
            parser.nextToken();
            switch (field) {
                case MemberShape.ID -> id = text(parser, field);
                case MemberShape.KIND -> kind = enumValue(parser, field, MemberKind.class);
                case MemberShape.OFFICIAL_CODE -> officialCode = text(parser, field);
                case MemberShape.NAME -> name = text(parser, field);
                case MemberShape.HISTORY -> history = history(parser);
                case MemberShape.POPULATION -> population = population(parser);
                case MemberShape.MANDATES -> mandates = mandates(parser);
                default -> throw unknownProperty(field);
            }
        }
        return new MemberData(id, kind, officialCode, name, history, population, mandates);
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
                default -> throw unknownProperty(prefix + field);
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
                default -> throw unknownProperty(prefix + field);
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

    /**
     * Reads one mandate whose object starts at the parser's current token; {@code to} may be
     * missing or {@code null}, both meaning the mandate is open.
     *
     * @param where the mandate's place in messages, e.g. {@code mandates[1]}; empty for a mandate alone
     * @throws RecordProblem naming the field that cannot be read
     */
    static MemberData.Term readTerm(JsonParser parser, String where) {
        requireObject(parser, where);
        String prefix = where.isEmpty() ? "" : where + ".";
        String person = null;
        Role role = null;
        LocalDate from = null;
        LocalDate to = null;
        for (String field = firstName(parser); field != null; field = parser.nextName()) {
            parser.nextToken();
            switch (field) {
                case MemberShape.PERSON -> person = text(parser, prefix + field);
                case MemberShape.ROLE -> role = enumValue(parser, prefix + field, Role.class);
                case MemberShape.FROM -> from = date(parser, prefix + field);
                case MemberShape.TO -> to = date(parser, prefix + field);
                default -> throw unknownProperty(prefix + field);
            }
        }
        return new MemberData.Term(person, role, from, to);
    }

    /** The mandates, in the file's order; none for {@code null}. */
    private static List<MemberData.Term> mandates(JsonParser parser) {
        if (parser.hasToken(JsonToken.VALUE_NULL)) {
            return List.of();
        }
        if (!parser.hasToken(JsonToken.START_ARRAY)) {
            throw wrongType(MemberShape.MANDATES, "array");
        }
        // Not List.of: a null mandate is kept so that the constraint check can name it.
        List<MemberData.Term> terms = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            String where = MemberShape.MANDATES + "[" + terms.size() + "]";
            terms.add(token == JsonToken.VALUE_NULL ? null : readTerm(parser, where));
        }
        return terms;
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
}

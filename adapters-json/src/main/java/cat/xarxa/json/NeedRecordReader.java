package cat.xarxa.json;

import static cat.xarxa.json.RecordFields.date;
import static cat.xarxa.json.RecordFields.enumValue;
import static cat.xarxa.json.RecordFields.firstName;
import static cat.xarxa.json.RecordFields.list;
import static cat.xarxa.json.RecordFields.requireObject;
import static cat.xarxa.json.RecordFields.text;
import static cat.xarxa.json.RecordFields.unknownProperty;

import cat.xarxa.care.NeedData;
import cat.xarxa.care.NeedStatus;
import java.time.LocalDate;
import java.util.List;
import tools.jackson.core.JsonParser;

/**
 * Reads one need record, token by token, into a {@link NeedData} without judging it, as
 * {@link MemberRecordReader} reads a member: a missing field or a JSON {@code null} becomes null,
 * so that the import's checks name it in the user's language (a missing {@code expectedOn} is
 * then taken as no date, a missing note of a follow-up as none; a missing {@code followUps} is
 * refused there, as a missing {@code history} is). Only a value of the wrong JSON type, an
 * unknown {@code status} or a date that is not one is refused here, as a {@link RecordProblem}
 * naming the follow-up by its place, e.g. {@code followUps[1].status}. Whether the log is one a
 * need could have lived (each status following from the one before, no date going back) is the
 * import's to judge, as for a member's history. A field it does not know is refused.
 */
final class NeedRecordReader {

    private NeedRecordReader() {
    }

    /**
     * Reads the need whose object starts at the parser's current token and leaves the parser at
     * its end.
     *
     * @param parser at the record's {@code START_OBJECT}, or at its first property name if a
     *               caller has already stepped into it
     * @throws RecordProblem naming the field that cannot be read
     */
    static NeedData read(JsonParser parser) {
        requireObject(parser, "");
        String id = null;
        String member = null;
        String category = null;
        String description = null;
        LocalDate raisedOn = null;
        LocalDate expectedOn = null;
        List<NeedData.Entry> followUps = null;
        for (String field = firstName(parser); field != null; field = parser.nextName()) {
            parser.nextToken();
            switch (field) {
                case NeedShape.ID -> id = text(parser, field);
                case NeedShape.MEMBER -> member = text(parser, field);
                case NeedShape.CATEGORY -> category = text(parser, field);
                case NeedShape.DESCRIPTION -> description = text(parser, field);
                case NeedShape.RAISED_ON -> raisedOn = date(parser, field);
                case NeedShape.EXPECTED_ON -> expectedOn = date(parser, field);
                case NeedShape.FOLLOW_UPS -> followUps = list(parser, field, NeedRecordReader::readFollowUp);
                default -> throw unknownProperty(field);
            }
        }
        return new NeedData(id, member, category, description, raisedOn, expectedOn, followUps);
    }

    /** Reads one follow-up whose object starts at the parser's current token; {@code where} is its place. */
    private static NeedData.Entry readFollowUp(JsonParser parser, String where) {
        requireObject(parser, where);
        String prefix = where + ".";
        LocalDate on = null;
        NeedStatus status = null;
        String note = null;
        for (String field = firstName(parser); field != null; field = parser.nextName()) {
            parser.nextToken();
            switch (field) {
                case NeedShape.ON -> on = date(parser, prefix + field);
                case NeedShape.STATUS -> status = enumValue(parser, prefix + field, NeedStatus.class);
                case NeedShape.NOTE -> note = text(parser, prefix + field);
                default -> throw unknownProperty(prefix + field);
            }
        }
        return new NeedData.Entry(on, status, note);
    }
}

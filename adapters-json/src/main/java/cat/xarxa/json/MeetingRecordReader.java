package cat.xarxa.json;

import static cat.xarxa.json.RecordFields.date;
import static cat.xarxa.json.RecordFields.enumValue;
import static cat.xarxa.json.RecordFields.firstName;
import static cat.xarxa.json.RecordFields.list;
import static cat.xarxa.json.RecordFields.requireObject;
import static cat.xarxa.json.RecordFields.text;
import static cat.xarxa.json.RecordFields.unknownProperty;

import cat.xarxa.care.MeetingData;
import cat.xarxa.common.MeetingFormat;
import java.time.LocalDate;
import java.util.List;
import tools.jackson.core.JsonParser;

/**
 * Reads one onboarding meeting record, token by token, into a {@link MeetingData} without
 * judging it, as {@link PersonRecordReader} reads a person: a missing field or a JSON
 * {@code null} becomes null, so that the import's constraint check names it (missing
 * {@code notes} are then taken as none; missing {@code attendees} are refused there, as missing
 * areas of expertise are). Only a value of the wrong JSON type, an unknown {@code format} or a
 * date that is not one is refused here, as a {@link RecordProblem}; an attendee by its place,
 * e.g. {@code attendees[1]}. A field it does not know is refused.
 */
final class MeetingRecordReader {

    private MeetingRecordReader() {
    }

    /**
     * Reads the meeting whose object starts at the parser's current token and leaves the parser
     * at its end.
     *
     * @param parser at the record's {@code START_OBJECT}, or at its first property name if a
     *               caller has already stepped into it
     * @throws RecordProblem naming the field that cannot be read
     */
    static MeetingData read(JsonParser parser) {
        requireObject(parser, "");
        String id = null;
        String member = null;
        LocalDate on = null;
        MeetingFormat format = null;
        List<String> attendees = null;
        String notes = null;
        for (String field = firstName(parser); field != null; field = parser.nextName()) {
            parser.nextToken();
            switch (field) {
                case MeetingShape.ID -> id = text(parser, field);
                case MeetingShape.MEMBER -> member = text(parser, field);
                case MeetingShape.ON -> on = date(parser, field);
                case MeetingShape.FORMAT -> format = enumValue(parser, field, MeetingFormat.class);
                case MeetingShape.ATTENDEES -> attendees = list(parser, field, RecordFields::text);
                case MeetingShape.NOTES -> notes = text(parser, field);
                default -> throw unknownProperty(field);
            }
        }
        return new MeetingData(id, member, on, format, attendees, notes);
    }
}

package cat.xarxa.json;

import static cat.xarxa.json.FieldWriting.writeDate;
import static cat.xarxa.json.FieldWriting.writeEnum;
import static cat.xarxa.json.FieldWriting.writeText;
import static cat.xarxa.json.FieldWriting.writeTexts;

import cat.xarxa.care.MeetingData;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON shape of an onboarding meeting, the same in both formats and in the Jackson module:
 * {@code {"id":"…","member":"…","on":"2026-05-04","format":"HYBRID","attendees":["…","…"],"notes":"…"}}.
 * The field names are those of {@link MeetingData}, so that the import's messages name the same
 * fields. The attendees are named by id, in the order the meeting gives them. The needs found
 * in the meeting are needs of their own, not written here.
 */
final class MeetingShape {

    static final String ID = "id";
    static final String MEMBER = "member";
    static final String ON = "on";
    static final String FORMAT = "format";
    static final String ATTENDEES = "attendees";
    static final String NOTES = "notes";

    private MeetingShape() {
    }

    /** Writes the meeting's fields into the object the generator has open; a missing value as {@code null}. */
    static void writeFields(JsonGenerator json, MeetingData meeting) {
        writeText(json, ID, meeting.id());
        writeText(json, MEMBER, meeting.member());
        writeDate(json, ON, meeting.on());
        writeEnum(json, FORMAT, meeting.format());
        writeTexts(json, ATTENDEES, meeting.attendees());
        writeText(json, NOTES, meeting.notes());
    }
}

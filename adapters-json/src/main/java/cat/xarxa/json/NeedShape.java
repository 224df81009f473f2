package cat.xarxa.json;

import static cat.xarxa.json.FieldWriting.writeDate;
import static cat.xarxa.json.FieldWriting.writeEnum;
import static cat.xarxa.json.FieldWriting.writeList;
import static cat.xarxa.json.FieldWriting.writeText;

import cat.xarxa.care.NeedData;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON shape of a need a member raised, the same in both formats and in the Jackson module:
 * <pre>{@code
 * {"id":"…","member":"…","category":"hiring-and-procurement","description":"…","raisedOn":"2026-05-04",
 *  "expectedOn":"2026-09-01","followUps":[{"on":"2026-05-20","status":"IN_PROGRESS","note":"…"}]}
 * }</pre>
 * The field names are those of {@link NeedData}, so that the import's messages name the same
 * fields. {@code "expectedOn":null} when the member gave no date. The follow-up log is written
 * oldest first, as the need holds it, each entry with the status it left the need in; the
 * need's current status is not written apart, since it is the last entry's (or open). The
 * store's version is not written.
 */
final class NeedShape {

    static final String ID = "id";
    static final String MEMBER = "member";
    static final String CATEGORY = "category";
    static final String DESCRIPTION = "description";
    static final String RAISED_ON = "raisedOn";
    static final String EXPECTED_ON = "expectedOn";
    static final String FOLLOW_UPS = "followUps";
    static final String ON = "on";
    static final String STATUS = "status";
    static final String NOTE = "note";

    private NeedShape() {
    }

    /** Writes the need's fields into the object the generator has open; a missing value as {@code null}. */
    static void writeFields(JsonGenerator json, NeedData need) {
        writeText(json, ID, need.id());
        writeText(json, MEMBER, need.member());
        writeText(json, CATEGORY, need.category());
        writeText(json, DESCRIPTION, need.description());
        writeDate(json, RAISED_ON, need.raisedOn());
        writeDate(json, EXPECTED_ON, need.expectedOn());
        writeList(json, FOLLOW_UPS, need.followUps(), NeedShape::writeFollowUp);
    }

    /** Writes one follow-up as an object: {@code {"on":"2026-05-20","status":"IN_PROGRESS","note":"…"}}. */
    private static void writeFollowUp(JsonGenerator json, NeedData.Entry entry) {
        json.writeStartObject();
        writeDate(json, ON, entry.on());
        writeEnum(json, STATUS, entry.status());
        writeText(json, NOTE, entry.note());
        json.writeEndObject();
    }
}

package cat.xarxa.json;

import static cat.xarxa.json.FieldWriting.writeDate;
import static cat.xarxa.json.FieldWriting.writeEnum;
import static cat.xarxa.json.FieldWriting.writeText;

import cat.xarxa.care.ContactData;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON shape of a contact in a member's follow-up log, the same in both formats and in the
 * Jackson module:
 * {@code {"id":"…","member":"…","on":"2026-05-12","channel":"PHONE","topic":"FEE_PAYMENT","note":"…","person":"…"}}.
 * The field names are those of {@link ContactData}, so that the import's messages name the same
 * fields. {@code "person":null} when nobody in particular was spoken with; the person is named by
 * id only. The note may hold personal details, as the people do.
 */
final class ContactShape {

    static final String ID = "id";
    static final String MEMBER = "member";
    static final String ON = "on";
    static final String CHANNEL = "channel";
    static final String TOPIC = "topic";
    static final String NOTE = "note";
    static final String PERSON = "person";

    private ContactShape() {
    }

    /** Writes the contact's fields into the object the generator has open; a missing value as {@code null}. */
    static void writeFields(JsonGenerator json, ContactData contact) {
        writeText(json, ID, contact.id());
        writeText(json, MEMBER, contact.member());
        writeDate(json, ON, contact.on());
        writeEnum(json, CHANNEL, contact.channel());
        writeEnum(json, TOPIC, contact.topic());
        writeText(json, NOTE, contact.note());
        writeText(json, PERSON, contact.person());
    }
}

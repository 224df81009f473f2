package cat.xarxa.json;

import static cat.xarxa.json.FieldWriting.writeList;
import static cat.xarxa.json.FieldWriting.writeText;

import cat.xarxa.governance.Attendance;
import cat.xarxa.governance.NetworkEvent;
import java.time.LocalTime;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON shape of an event of the network's calendar, the same in both formats:
 * <pre>{@code
 * {"id":"…","kind":"ORDINARY_ASSEMBLY","title":"Assemblea General ordinària","on":"2026-03-14","startsAt":"10:00","endsAt":"13:30",
 *  "format":"HYBRID","place":"Casal Cívic de Sabadell","link":"https://meet.xarxa.cat/ag","status":"HELD",
 *  "attendance":[{"council":"…","person":"…"},{"council":"…","person":null}]}
 * }</pre>
 * Times are ISO local times in the network's zone ({@code 10:00}, with seconds when they are not
 * zero); {@code startsAt} and {@code endsAt} are {@code null} for an all-day event, and
 * {@code endsAt} when no end is set. {@code place} and {@code link} are {@code ""} when there is
 * none. The attendance is written in the order it was recorded, an attendee's {@code person}
 * {@code null} when nobody in particular came; it is {@code []} until the event is held. The
 * store's version is not written.
 */
final class EventShape {

    static final String ID = "id";
    static final String KIND = "kind";
    static final String TITLE = "title";
    static final String ON = "on";
    static final String STARTS_AT = "startsAt";
    static final String ENDS_AT = "endsAt";
    static final String FORMAT = "format";
    static final String PLACE = "place";
    static final String LINK = "link";
    static final String STATUS = "status";
    static final String ATTENDANCE = "attendance";
    static final String COUNCIL = "council";
    static final String PERSON = "person";

    private EventShape() {
    }

    /** Writes the event's fields into the object the generator has open. */
    static void writeFields(JsonGenerator json, NetworkEvent event) {
        json.writeStringProperty(ID, event.id().toString());
        json.writeStringProperty(KIND, event.kind().name());
        json.writeStringProperty(TITLE, event.title());
        json.writeStringProperty(ON, event.on().toString());
        writeTime(json, STARTS_AT, event.startsAt());
        writeTime(json, ENDS_AT, event.endsAt());
        json.writeStringProperty(FORMAT, event.format().name());
        json.writeStringProperty(PLACE, event.place());
        json.writeStringProperty(LINK, event.link());
        json.writeStringProperty(STATUS, event.status().name());
        writeList(json, ATTENDANCE, event.attendance(), EventShape::writeAttendance);
    }

    private static void writeTime(JsonGenerator json, String field, LocalTime time) {
        writeText(json, field, time == null ? null : time.toString());
    }

    private static void writeAttendance(JsonGenerator json, Attendance attendance) {
        json.writeStartObject();
        json.writeStringProperty(COUNCIL, attendance.council().toString());
        writeText(json, PERSON, attendance.person() == null ? null : attendance.person().toString());
        json.writeEndObject();
    }
}

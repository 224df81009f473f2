package cat.xarxa.json;

import static cat.xarxa.json.TreeFields.built;
import static cat.xarxa.json.TreeFields.date;
import static cat.xarxa.json.TreeFields.enumValue;
import static cat.xarxa.json.TreeFields.id;
import static cat.xarxa.json.TreeFields.list;
import static cat.xarxa.json.TreeFields.object;
import static cat.xarxa.json.TreeFields.optionalId;
import static cat.xarxa.json.TreeFields.optionalText;
import static cat.xarxa.json.TreeFields.optionalTime;
import static cat.xarxa.json.TreeFields.text;

import cat.xarxa.common.MeetingFormat;
import cat.xarxa.governance.Attendance;
import cat.xarxa.governance.EventId;
import cat.xarxa.governance.EventKind;
import cat.xarxa.governance.EventStatus;
import cat.xarxa.governance.NetworkEvent;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads an event in {@link EventShape}'s shape, with version 0, as one not yet stored. Refused
 * here, naming the field by its path (e.g. {@code attendance[1].council}): a missing value (only
 * these may be missing: {@code startsAt} and {@code endsAt}, meaning none; {@code place} and
 * {@code link}, meaning none; {@code attendance}, meaning nobody; an attendee's {@code person},
 * meaning nobody in particular), a value of the wrong JSON type, an id, a date or a time that is
 * not one, an unknown {@code kind}, {@code format} or {@code status}. Whether the place, the link
 * and the times fit the format, the attendance fits the status and the councils and people are
 * there is the import's to judge.
 */
final class EventReader {

    /** The record as files name it. */
    static final String RECORD = "event";

    private EventReader() {
    }

    /**
     * Reads the event at a node.
     *
     * @throws RecordProblem naming the field that cannot be read
     */
    static NetworkEvent read(JsonNode record) {
        object(record, "");
        EventId id = id(record, EventShape.ID, "", EventId::parse);
        EventKind kind = enumValue(record, EventShape.KIND, "", EventKind.class);
        String title = text(record, EventShape.TITLE, "");
        LocalDate on = date(record, EventShape.ON, "");
        LocalTime startsAt = optionalTime(record, EventShape.STARTS_AT, "");
        LocalTime endsAt = optionalTime(record, EventShape.ENDS_AT, "");
        MeetingFormat format = enumValue(record, EventShape.FORMAT, "", MeetingFormat.class);
        String place = optionalText(record, EventShape.PLACE, "");
        String link = optionalText(record, EventShape.LINK, "");
        EventStatus status = enumValue(record, EventShape.STATUS, "", EventStatus.class);
        List<Attendance> attendance = list(record, EventShape.ATTENDANCE, "", EventReader::attendance);
        return built("", RECORD, () -> new NetworkEvent(id, kind, title, on, startsAt, endsAt, format, place, link,
                status, attendance, 0));
    }

    private static Attendance attendance(JsonNode attendance, String where) {
        object(attendance, where);
        return new Attendance(id(attendance, EventShape.COUNCIL, where, MemberId::parse),
                optionalId(attendance, EventShape.PERSON, where, PersonId::parse));
    }
}

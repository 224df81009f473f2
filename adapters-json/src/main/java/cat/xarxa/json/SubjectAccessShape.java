package cat.xarxa.json;

import static cat.xarxa.json.FieldWriting.writeDate;
import static cat.xarxa.json.FieldWriting.writeEnum;
import static cat.xarxa.json.FieldWriting.writeList;
import static cat.xarxa.json.FieldWriting.writeText;

import cat.xarxa.advisory.AdvisoryRequest;
import cat.xarxa.advisory.Session;
import cat.xarxa.care.ContactData;
import cat.xarxa.care.MeetingData;
import cat.xarxa.common.JournalEntry;
import cat.xarxa.member.PersonData;
import cat.xarxa.privacy.SubjectAccess;
import java.util.Map;
import tools.jackson.core.JsonGenerator;

/**
 * A person's subject access as one JSON document (see {@link XarxaJson#writeSubjectAccess}):
 * {@code format} and {@code version} first, then {@code person}, {@code erased} and one array per
 * area, each record in the shape the {@code json} export gives it, or, for a record shared with
 * other people, only the part that names this person.
 */
final class SubjectAccessShape {

    static final String FORMAT_NAME = "xarxa-subject-access";

    /** The version of this document's shape, its own: a subject-access answer is not a snapshot. */
    static final int DOCUMENT_VERSION = 1;

    private SubjectAccessShape() {
    }

    static void writeFields(JsonGenerator json, SubjectAccess access) {
        json.writeStringProperty(Envelope.FORMAT, FORMAT_NAME);
        json.writeNumberProperty("version", DOCUMENT_VERSION);
        json.writeName("person");
        json.writeStartObject();
        PersonShape.writeFields(json, PersonData.of(access.person()));
        json.writeEndObject();
        json.writeBooleanProperty("erased", access.erased());
        writeList(json, "mandates", access.mandates(), (out, m) -> {
            out.writeStartObject();
            writeText(out, "member", m.member().toString());
            writeText(out, "memberName", m.memberName());
            writeEnum(out, "role", m.role());
            writeDate(out, "from", m.from());
            writeDate(out, "to", m.to());
            out.writeEndObject();
        });
        writeList(json, "contacts", access.contacts(), (out, c) -> object(out, () -> ContactShape.writeFields(out, ContactData.of(c))));
        writeList(json, "onboardingMeetings", access.onboardingMeetings(),
                (out, m) -> object(out, () -> MeetingShape.writeFields(out, MeetingData.of(m))));
        writeList(json, "partnerContacts", access.partnerContacts(), (out, p) -> {
            out.writeStartObject();
            writeText(out, "partner", p.partner().toString());
            writeText(out, "partnerName", p.partnerName());
            out.writeEndObject();
        });
        writeList(json, "advisoryRequests", access.advisoryRequests(), (out, r) -> {
            out.writeStartObject();
            writeText(out, "advisory", r.advisory().toString());
            writeEnum(out, "status", r.status());
            writeRequest(out, r.request());
            out.writeEndObject();
        });
        writeList(json, "advisoriesProvided", access.advisoriesProvided(), (out, a) -> {
            out.writeStartObject();
            writeText(out, "advisory", a.advisory().toString());
            writeText(out, "period", a.period());
            writeText(out, "topic", a.topic());
            writeEnum(out, "status", a.status());
            writeList(out, "sessions", a.sessions(), SubjectAccessShape::writeSession);
            out.writeEndObject();
        });
        json.writeName("mentorProfile");
        if (access.mentorProfile() == null) {
            json.writeNull();
        } else {
            object(json, () -> MentorProfileShape.writeFields(json, access.mentorProfile()));
        }
        writeList(json, "mentorships", access.mentorships(), (out, m) -> object(out, () -> MentorshipShape.writeFields(out, m)));
        writeList(json, "groupParticipations", access.groupParticipations(), (out, p) -> {
            out.writeStartObject();
            writeText(out, "group", p.group().toString());
            writeText(out, "groupName", p.groupName());
            writeText(out, "council", p.participation().council().toString());
            writeDate(out, "from", p.participation().from());
            writeDate(out, "until", p.participation().until());
            out.writeEndObject();
        });
        writeList(json, "groupsCoordinated", access.groupsCoordinated(), (out, g) -> {
            out.writeStartObject();
            writeText(out, "group", g.group().toString());
            writeText(out, "groupName", g.groupName());
            out.writeEndObject();
        });
        writeList(json, "groupMeetings", access.groupMeetings(), (out, m) -> {
            out.writeStartObject();
            writeText(out, "group", m.group().toString());
            writeText(out, "groupName", m.groupName());
            writeDate(out, "on", m.meeting().on());
            writeEnum(out, "format", m.meeting().format());
            writeText(out, "minutes", m.meeting().minutes());
            out.writeEndObject();
        });
        writeList(json, "seats", access.seats(), (out, s) -> object(out, () -> BodySeatShape.writeFields(out, s)));
        writeList(json, "eventsAttended", access.eventsAttended(), (out, e) -> {
            out.writeStartObject();
            writeText(out, "event", e.event().toString());
            writeEnum(out, "kind", e.kind());
            writeText(out, "title", e.title());
            writeDate(out, "on", e.on());
            writeText(out, "council", e.council() == null ? null : e.council().toString());
            out.writeEndObject();
        });
        writeList(json, "practiceSubmissions", access.practiceSubmissions(),
                (out, s) -> object(out, () -> PracticeSubmissionShape.writeFields(out, s)));
        writeList(json, "journal", access.journal(), SubjectAccessShape::writeEntry);
    }

    private static void object(JsonGenerator json, Runnable fields) {
        json.writeStartObject();
        fields.run();
        json.writeEndObject();
    }

    private static void writeRequest(JsonGenerator json, AdvisoryRequest request) {
        writeText(json, "id", request.id().toString());
        writeText(json, "member", request.member().toString());
        writeText(json, "topic", request.topic());
        writeText(json, "details", request.details());
        writeEnum(json, "format", request.format());
        writeDate(json, "requestedOn", request.requestedOn());
    }

    private static void writeSession(JsonGenerator json, Session session) {
        json.writeStartObject();
        writeText(json, "id", session.id().toString());
        writeText(json, "start", session.start().toString());
        writeText(json, "end", session.end().toString());
        writeEnum(json, "format", session.format());
        writeEnum(json, "status", session.status());
        writeText(json, "delivered", session.delivered().toString());
        json.writeEndObject();
    }

    private static void writeEntry(JsonGenerator json, JournalEntry entry) {
        json.writeStartObject();
        json.writeNumberProperty(JournalEntrySerializer.SEQUENCE, entry.sequence());
        json.writeStringProperty(JournalEntrySerializer.EVENT_TYPE, entry.eventType());
        json.writeNumberProperty(JournalEntrySerializer.AGGREGATE_VERSION, entry.aggregateVersion());
        json.writeName(JournalEntrySerializer.DATA);
        json.writeStartObject();
        for (Map.Entry<String, String> value : entry.data().entrySet()) {
            writeText(json, value.getKey(), value.getValue());
        }
        json.writeEndObject();
        json.writeStringProperty(JournalEntrySerializer.RECORDED_AT, entry.recordedAt().toString());
        json.writeStringProperty(JournalEntrySerializer.ACTOR, entry.actor());
        json.writeEndObject();
    }
}

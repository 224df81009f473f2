package cat.xarxa.json;

import static cat.xarxa.json.FieldWriting.writeDate;
import static cat.xarxa.json.FieldWriting.writeList;
import static cat.xarxa.json.FieldWriting.writeText;

import cat.xarxa.mentorship.Documentation;
import cat.xarxa.mentorship.Extension;
import cat.xarxa.mentorship.Mentorship;
import cat.xarxa.mentorship.MentorshipMeeting;
import cat.xarxa.mentorship.MentorshipStep;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON shape of a mentorship (two people of member councils, from the mentee's proposal on),
 * the same in both formats and in the Jackson module:
 * <pre>{@code
 * {"id":"…","mentor":"…","mentorCouncil":"…","mentee":"…","menteeCouncil":"…","topic":"cooperatives",
 *  "proposal":"Vull impulsar una cooperativa de serveis",
 *  "history":[{"status":"PROPOSED","on":"2026-03-02","by":"…","note":""},{"status":"ACTIVE","on":"2026-03-10","by":"…","note":""}],
 *  "endsOn":"2027-03-10","extensions":[{"until":"2027-06-10","mentorAgreedOn":"2027-02-01","menteeAgreedOn":"2027-02-03"}],
 *  "activities":"Dues visites i un taller","meetings":[{"on":"2026-04-01","format":"IN_PERSON","summary":"Primera trobada"}],
 *  "documentation":{"summary":"Com vam fer-ho","link":"https://xarxa.cat/mentories/1","sharedOn":"2026-11-20"}}
 * }</pre>
 * The history is written oldest first, each step with the person who took it ({@code null} for
 * a lapse or an expiry, which nobody takes); {@code endsOn} is {@code null} until it was accepted,
 * and {@code documentation} until the mentee shared it; the extensions oldest first and the
 * meetings by date. {@code proposal}, a step's {@code note}, {@code activities}, a meeting's
 * {@code summary} and the documentation's {@code summary} and {@code link} are {@code ""} when
 * there is none. The store's version is not written.
 */
final class MentorshipShape {

    static final String ID = "id";
    static final String MENTOR = "mentor";
    static final String MENTOR_COUNCIL = "mentorCouncil";
    static final String MENTEE = "mentee";
    static final String MENTEE_COUNCIL = "menteeCouncil";
    static final String TOPIC = "topic";
    static final String PROPOSAL = "proposal";
    static final String HISTORY = "history";
    static final String STATUS = "status";
    static final String ON = "on";
    static final String BY = "by";
    static final String NOTE = "note";
    static final String ENDS_ON = "endsOn";
    static final String EXTENSIONS = "extensions";
    static final String UNTIL = "until";
    static final String MENTOR_AGREED_ON = "mentorAgreedOn";
    static final String MENTEE_AGREED_ON = "menteeAgreedOn";
    static final String ACTIVITIES = "activities";
    static final String MEETINGS = "meetings";
    static final String FORMAT = "format";
    static final String SUMMARY = "summary";
    static final String DOCUMENTATION = "documentation";
    static final String LINK = "link";
    static final String SHARED_ON = "sharedOn";

    private MentorshipShape() {
    }

    /** Writes the mentorship's fields into the object the generator has open. */
    static void writeFields(JsonGenerator json, Mentorship mentorship) {
        json.writeStringProperty(ID, mentorship.id().toString());
        json.writeStringProperty(MENTOR, mentorship.mentor().toString());
        json.writeStringProperty(MENTOR_COUNCIL, mentorship.mentorCouncil().toString());
        json.writeStringProperty(MENTEE, mentorship.mentee().toString());
        json.writeStringProperty(MENTEE_COUNCIL, mentorship.menteeCouncil().toString());
        json.writeStringProperty(TOPIC, mentorship.topic());
        json.writeStringProperty(PROPOSAL, mentorship.proposal());
        writeList(json, HISTORY, mentorship.history(), MentorshipShape::writeStep);
        writeDate(json, ENDS_ON, mentorship.endsOn());
        writeList(json, EXTENSIONS, mentorship.extensions(), MentorshipShape::writeExtension);
        json.writeStringProperty(ACTIVITIES, mentorship.activities());
        writeList(json, MEETINGS, mentorship.meetings(), MentorshipShape::writeMeeting);
        json.writeName(DOCUMENTATION);
        writeDocumentation(json, mentorship.documentation());
    }

    private static void writeStep(JsonGenerator json, MentorshipStep step) {
        json.writeStartObject();
        json.writeStringProperty(STATUS, step.status().name());
        json.writeStringProperty(ON, step.on().toString());
        writeText(json, BY, step.by() == null ? null : step.by().toString());
        json.writeStringProperty(NOTE, step.note());
        json.writeEndObject();
    }

    private static void writeExtension(JsonGenerator json, Extension extension) {
        json.writeStartObject();
        json.writeStringProperty(UNTIL, extension.until().toString());
        json.writeStringProperty(MENTOR_AGREED_ON, extension.mentorAgreedOn().toString());
        json.writeStringProperty(MENTEE_AGREED_ON, extension.menteeAgreedOn().toString());
        json.writeEndObject();
    }

    private static void writeMeeting(JsonGenerator json, MentorshipMeeting meeting) {
        json.writeStartObject();
        json.writeStringProperty(ON, meeting.on().toString());
        json.writeStringProperty(FORMAT, meeting.format().name());
        json.writeStringProperty(SUMMARY, meeting.summary());
        json.writeEndObject();
    }

    private static void writeDocumentation(JsonGenerator json, Documentation documentation) {
        if (documentation == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        json.writeStringProperty(SUMMARY, documentation.summary());
        json.writeStringProperty(LINK, documentation.link());
        json.writeStringProperty(SHARED_ON, documentation.sharedOn().toString());
        json.writeEndObject();
    }
}

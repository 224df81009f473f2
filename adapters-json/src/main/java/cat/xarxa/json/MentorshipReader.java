package cat.xarxa.json;

import static cat.xarxa.json.RecordFields.wrongType;
import static cat.xarxa.json.TreeFields.built;
import static cat.xarxa.json.TreeFields.date;
import static cat.xarxa.json.TreeFields.enumValue;
import static cat.xarxa.json.TreeFields.id;
import static cat.xarxa.json.TreeFields.list;
import static cat.xarxa.json.TreeFields.object;
import static cat.xarxa.json.TreeFields.optional;
import static cat.xarxa.json.TreeFields.optionalDate;
import static cat.xarxa.json.TreeFields.optionalId;
import static cat.xarxa.json.TreeFields.optionalText;
import static cat.xarxa.json.TreeFields.text;

import cat.xarxa.common.MeetingFormat;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import cat.xarxa.mentorship.Documentation;
import cat.xarxa.mentorship.Extension;
import cat.xarxa.mentorship.Mentorship;
import cat.xarxa.mentorship.MentorshipId;
import cat.xarxa.mentorship.MentorshipMeeting;
import cat.xarxa.mentorship.MentorshipStatus;
import cat.xarxa.mentorship.MentorshipStep;
import java.time.LocalDate;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads a mentorship in {@link MentorshipShape}'s shape, with version 0, as one not yet stored.
 * Refused here, naming the field by its path (e.g. {@code history[1].status}): a missing value
 * (only these may be missing: {@code proposal}, {@code activities}, a step's {@code note}, a
 * meeting's {@code summary} and the documentation's {@code summary} and {@code link}, meaning
 * none; a step's {@code by}, meaning nobody; {@code endsOn} and {@code documentation}, meaning
 * none yet; {@code extensions} and {@code meetings}, meaning none), a value of the wrong JSON
 * type, an id or a date that is not one, an unknown {@code status} or {@code format}, and a
 * history without a step. Whether the people and the councils are there, the history is one the
 * mentorship could have lived and a completed one had its meetings and documentation is the
 * import's to judge.
 */
final class MentorshipReader {

    /** The record as files name it. */
    static final String RECORD = "mentorship";

    private MentorshipReader() {
    }

    /**
     * Reads the mentorship at a node.
     *
     * @throws RecordProblem naming the field that cannot be read
     */
    static Mentorship read(JsonNode record) {
        object(record, "");
        MentorshipId id = id(record, MentorshipShape.ID, "", MentorshipId::parse);
        PersonId mentor = id(record, MentorshipShape.MENTOR, "", PersonId::parse);
        MemberId mentorCouncil = id(record, MentorshipShape.MENTOR_COUNCIL, "", MemberId::parse);
        PersonId mentee = id(record, MentorshipShape.MENTEE, "", PersonId::parse);
        MemberId menteeCouncil = id(record, MentorshipShape.MENTEE_COUNCIL, "", MemberId::parse);
        String topic = text(record, MentorshipShape.TOPIC, "");
        String proposal = optionalText(record, MentorshipShape.PROPOSAL, "");
        if (optional(record, MentorshipShape.HISTORY) == null) {
            throw wrongType(MentorshipShape.HISTORY, TreeFields.ARRAY);
        }
        List<MentorshipStep> history = list(record, MentorshipShape.HISTORY, "", MentorshipReader::step);
        LocalDate endsOn = optionalDate(record, MentorshipShape.ENDS_ON, "");
        List<Extension> extensions = list(record, MentorshipShape.EXTENSIONS, "", MentorshipReader::extension);
        String activities = optionalText(record, MentorshipShape.ACTIVITIES, "");
        List<MentorshipMeeting> meetings = list(record, MentorshipShape.MEETINGS, "", MentorshipReader::meeting);
        Documentation documentation = documentation(optional(record, MentorshipShape.DOCUMENTATION),
                MentorshipShape.DOCUMENTATION);
        return built(MentorshipShape.HISTORY, RECORD, () -> new Mentorship(id, mentor, mentorCouncil, mentee,
                menteeCouncil, topic, proposal, history, endsOn, extensions, activities, meetings, documentation, 0));
    }

    private static MentorshipStep step(JsonNode step, String where) {
        object(step, where);
        return new MentorshipStep(enumValue(step, MentorshipShape.STATUS, where, MentorshipStatus.class),
                date(step, MentorshipShape.ON, where),
                optionalId(step, MentorshipShape.BY, where, PersonId::parse),
                optionalText(step, MentorshipShape.NOTE, where));
    }

    private static Extension extension(JsonNode extension, String where) {
        object(extension, where);
        return new Extension(date(extension, MentorshipShape.UNTIL, where),
                date(extension, MentorshipShape.MENTOR_AGREED_ON, where),
                date(extension, MentorshipShape.MENTEE_AGREED_ON, where));
    }

    private static MentorshipMeeting meeting(JsonNode meeting, String where) {
        object(meeting, where);
        return new MentorshipMeeting(date(meeting, MentorshipShape.ON, where),
                enumValue(meeting, MentorshipShape.FORMAT, where, MeetingFormat.class),
                optionalText(meeting, MentorshipShape.SUMMARY, where));
    }

    /** What the mentee shared; none when nothing is written. */
    private static Documentation documentation(JsonNode node, String path) {
        if (node == null) {
            return null;
        }
        object(node, path);
        return new Documentation(optionalText(node, MentorshipShape.SUMMARY, path),
                optionalText(node, MentorshipShape.LINK, path),
                date(node, MentorshipShape.SHARED_ON, path));
    }
}

package cat.xarxa.json;

import cat.xarxa.care.MeetingData;
import cat.xarxa.care.MeetingId;
import cat.xarxa.care.OnboardingMeeting;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a whole {@link OnboardingMeeting}: {@code id}, {@code member}, {@code on},
 * {@code format} and {@code attendees} must be there, each attendee a person's id (the list may
 * be empty). Missing {@code notes} are none, as the meeting itself takes them. It does not check
 * that the member or the attendees exist.
 */
final class OnboardingMeetingDeserializer extends StdDeserializer<OnboardingMeeting> {

    OnboardingMeetingDeserializer() {
        super(OnboardingMeeting.class);
    }

    @Override
    public OnboardingMeeting deserialize(JsonParser parser, DeserializationContext context) {
        MeetingData data;
        try {
            data = MeetingRecordReader.read(parser);
        } catch (RecordProblem problem) {
            return context.reportInputMismatch(this, "Cannot read an onboarding meeting: %s", problem.getMessage());
        }
        String missing = firstMissingField(data);
        if (missing != null) {
            return context.reportInputMismatch(this, "An onboarding meeting needs '%s'", missing);
        }
        MeetingId id = IdParsing.parse(context, data.id(), MeetingId.class, MeetingId::parse);
        MemberId member = IdParsing.parse(context, data.member(), MemberId.class, MemberId::parse);
        List<PersonId> attendees = new ArrayList<>();
        for (String attendee : data.attendees()) {
            if (attendee == null) {
                return context.reportInputMismatch(this,
                        "An onboarding meeting's '%s' holds people's ids, not null: %s", MeetingShape.ATTENDEES,
                        data.attendees());
            }
            attendees.add(IdParsing.parse(context, attendee, PersonId.class, PersonId::parse));
        }
        return new OnboardingMeeting(id, member, data.on(), data.format(), attendees, data.notes());
    }

    private static String firstMissingField(MeetingData data) {
        if (data.id() == null) {
            return MeetingShape.ID;
        }
        if (data.member() == null) {
            return MeetingShape.MEMBER;
        }
        if (data.on() == null) {
            return MeetingShape.ON;
        }
        if (data.format() == null) {
            return MeetingShape.FORMAT;
        }
        if (data.attendees() == null) {
            return MeetingShape.ATTENDEES;
        }
        return null;
    }
}

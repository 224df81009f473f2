package cat.xarxa.care;

import cat.xarxa.common.DomainEvent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An onboarding meeting was held with a member.
 *
 * @param meeting the meeting
 */
public record OnboardingMeetingHeld(OnboardingMeeting meeting) implements DomainEvent {
    @Override
    public String aggregateType() {
        return OnboardingMeeting.AGGREGATE_TYPE;
    }

    @Override
    public String aggregateId() {
        return meeting.id().toString();
    }

    @Override
    public Map<String, String> data() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("member", meeting.member().toString());
        data.put("on", meeting.on().toString());
        data.put("format", meeting.format().name());
        data.put("attendees", Integer.toString(meeting.attendees().size()));
        return data;
    }
}

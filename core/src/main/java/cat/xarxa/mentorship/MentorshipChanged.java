package cat.xarxa.mentorship;

import cat.xarxa.common.DomainEvent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A mentorship changed; {@link #type()} says how ({@code MentorshipProposed}, {@code MentorshipAccepted},
 * {@code MentorshipDeclined}, {@code MentorshipLapsed}, {@code MentorshipMeetingHeld},
 * {@code ActivitiesAgreed}, {@code MentorshipExtended}, {@code DocumentationShared},
 * {@code MentorshipCompleted}, {@code MentorshipExpired}, {@code MentorshipCancelled}). The journal
 * keeps the people by id, the dates and the status, not the free text.
 *
 * @param mentorship the mentorship after the change
 * @param change     the event's name
 */
public record MentorshipChanged(Mentorship mentorship, String change) implements DomainEvent {
    @Override
    public String aggregateType() {
        return Mentorship.AGGREGATE_TYPE;
    }

    @Override
    public String aggregateId() {
        return mentorship.id().toString();
    }

    @Override
    public String type() {
        return change;
    }

    @Override
    public Map<String, String> data() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("mentor", mentorship.mentor().toString());
        data.put("mentee", mentorship.mentee().toString());
        data.put("topic", mentorship.topic());
        data.put("status", mentorship.status().name());
        data.put("endsOn", mentorship.endsOn() == null ? "" : mentorship.endsOn().toString());
        data.put("meetings", Integer.toString(mentorship.meetings().size()));
        return data;
    }
}

package cat.xarxa.mentorship;

import cat.xarxa.common.DomainEvent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A person offered to be a mentor, or changed the offer.
 *
 * @param profile the profile after the change
 */
public record MentorOffered(MentorProfile profile) implements DomainEvent {
    @Override
    public String aggregateType() {
        return MentorProfile.AGGREGATE_TYPE;
    }

    @Override
    public String aggregateId() {
        return profile.person().toString();
    }

    @Override
    public Map<String, String> data() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("council", profile.council().toString());
        data.put("topics", String.join(",", profile.topics()));
        data.put("open", Boolean.toString(profile.open()));
        data.put("capacity", Integer.toString(profile.capacity()));
        return data;
    }
}

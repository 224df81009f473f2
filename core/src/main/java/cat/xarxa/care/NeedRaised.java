package cat.xarxa.care;

import cat.xarxa.common.DomainEvent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A member raised a need. The journal keeps the member, category and dates, not the
 * description: it is free text and may name people.
 *
 * @param need the need as raised
 */
public record NeedRaised(Need need) implements DomainEvent {
    @Override
    public String aggregateType() {
        return Need.AGGREGATE_TYPE;
    }

    @Override
    public String aggregateId() {
        return need.id().toString();
    }

    @Override
    public Map<String, String> data() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("member", need.member().toString());
        data.put("category", need.category());
        data.put("raisedOn", need.raisedOn().toString());
        data.put("expectedOn", need.expected().map(Object::toString).orElse(""));
        return data;
    }
}

package cat.xarxa.care;

import cat.xarxa.common.DomainEvent;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A need was followed up.
 *
 * @param needId the need
 * @param on     the date
 * @param status the status it was left in
 */
public record NeedFollowedUp(NeedId needId, LocalDate on, NeedStatus status) implements DomainEvent {
    @Override
    public String aggregateType() {
        return Need.AGGREGATE_TYPE;
    }

    @Override
    public String aggregateId() {
        return needId.toString();
    }

    @Override
    public Map<String, String> data() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("on", on.toString());
        data.put("status", status.name());
        return data;
    }
}

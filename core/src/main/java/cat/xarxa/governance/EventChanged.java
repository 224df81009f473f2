package cat.xarxa.governance;

import cat.xarxa.common.DomainEvent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An event was scheduled ({@code EventScheduled}), held ({@code EventHeld}) or cancelled
 * ({@code EventCancelled}).
 *
 * @param event  the event after the change
 * @param change the event's name
 */
public record EventChanged(NetworkEvent event, String change) implements DomainEvent {
    @Override
    public String aggregateType() {
        return NetworkEvent.AGGREGATE_TYPE;
    }

    @Override
    public String aggregateId() {
        return event.id().toString();
    }

    @Override
    public String type() {
        return change;
    }

    @Override
    public Map<String, String> data() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("kind", event.kind().name());
        data.put("on", event.on().toString());
        data.put("format", event.format().name());
        data.put("status", event.status().name());
        data.put("attendance", Integer.toString(event.attendance().size()));
        return data;
    }
}

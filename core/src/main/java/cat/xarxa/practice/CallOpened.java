package cat.xarxa.practice;

import cat.xarxa.common.DomainEvent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A call for good practices was opened.
 *
 * @param call the call
 */
public record CallOpened(PracticeCall call) implements DomainEvent {
    @Override
    public String aggregateType() {
        return PracticeCall.AGGREGATE_TYPE;
    }

    @Override
    public String aggregateId() {
        return call.id().toString();
    }

    @Override
    public Map<String, String> data() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("opensOn", call.opensOn().toString());
        data.put("deadline", call.deadline().toString());
        data.put("priorities", String.join(",", call.priorities()));
        return data;
    }
}

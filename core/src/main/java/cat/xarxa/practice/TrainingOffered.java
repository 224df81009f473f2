package cat.xarxa.practice;

import cat.xarxa.common.DomainEvent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A council opened a training to the network.
 *
 * @param training the training
 */
public record TrainingOffered(Training training) implements DomainEvent {
    @Override
    public String aggregateType() {
        return Training.AGGREGATE_TYPE;
    }

    @Override
    public String aggregateId() {
        return training.id().toString();
    }

    @Override
    public Map<String, String> data() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("council", training.council().toString());
        data.put("topic", training.topic());
        data.put("from", training.from().toString());
        data.put("seats", Integer.toString(training.seats()));
        return data;
    }
}

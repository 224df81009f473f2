package cat.xarxa.advisory;

import cat.xarxa.common.DomainEvent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A material of an advisory was added or published; {@link #type()} says which
 * ({@code ProductAdded}, {@code ProductPublished}).
 *
 * @param product the product after the change
 * @param change  the event's name
 */
public record ProductRecorded(AdvisoryProduct product, String change) implements DomainEvent {
    @Override
    public String aggregateType() {
        return AdvisoryProduct.AGGREGATE_TYPE;
    }

    @Override
    public String aggregateId() {
        return product.id().toString();
    }

    @Override
    public String type() {
        return change;
    }

    @Override
    public Map<String, String> data() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("advisory", product.advisory().toString());
        data.put("topic", product.topic());
        data.put("kind", product.kind().name());
        data.put("title", product.title());
        data.put("published", Boolean.toString(product.published()));
        return data;
    }
}

package cat.xarxa.workinggroup;

import cat.xarxa.common.DomainEvent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An entry was added to a working group's budget of a year.
 *
 * @param entry the entry
 */
public record BudgetEntered(BudgetEntry entry) implements DomainEvent {
    @Override
    public String aggregateType() {
        return BudgetEntry.AGGREGATE_TYPE;
    }

    @Override
    public String aggregateId() {
        return entry.group() + "/" + entry.year();
    }

    @Override
    public Map<String, String> data() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("entry", entry.id().toString());
        data.put("kind", entry.kind().name());
        data.put("amount", entry.amount().toString());
        data.put("on", entry.on().toString());
        data.put("reference", entry.reference());
        data.put("commitment", entry.commitment() == null ? "" : entry.commitment().toString());
        return data;
    }
}

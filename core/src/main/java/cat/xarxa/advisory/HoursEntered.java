package cat.xarxa.advisory;

import cat.xarxa.common.DomainEvent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An entry was added to an hour bank's ledger.
 *
 * @param entry the entry
 */
public record HoursEntered(LedgerEntry entry) implements DomainEvent {
    @Override
    public String aggregateType() {
        return HourBank.AGGREGATE_TYPE;
    }

    @Override
    public String aggregateId() {
        return entry.period();
    }

    @Override
    public Map<String, String> data() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("entry", entry.id().toString());
        data.put("kind", entry.kind().name());
        data.put("cause", entry.cause().name());
        data.put("hours", entry.hours().toString());
        data.put("on", entry.on().toString());
        data.put("reference", entry.reference());
        data.put("advisory", entry.advisory() == null ? "" : entry.advisory().toString());
        data.put("session", entry.session() == null ? "" : entry.session().toString());
        return data;
    }
}

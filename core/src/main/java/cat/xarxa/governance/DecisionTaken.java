package cat.xarxa.governance;

import cat.xarxa.common.DomainEvent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An assembly voted on a motion.
 *
 * @param decision the decision
 */
public record DecisionTaken(AssemblyDecision decision) implements DomainEvent {
    @Override
    public String aggregateType() {
        return AssemblyDecision.AGGREGATE_TYPE;
    }

    @Override
    public String aggregateId() {
        return decision.id().toString();
    }

    @Override
    public Map<String, String> data() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("assembly", decision.assembly().toString());
        data.put("reference", decision.reference());
        data.put("motion", decision.motion().kind().name());
        data.put("outcome", decision.outcome().name());
        data.put("eligible", Integer.toString(decision.tally().eligible()));
        data.put("yes", Integer.toString(decision.tally().yes()));
        data.put("no", Integer.toString(decision.tally().no()));
        data.put("abstain", Integer.toString(decision.tally().abstain()));
        data.put("notCounted", Integer.toString(decision.tally().notCounted()));
        return data;
    }
}

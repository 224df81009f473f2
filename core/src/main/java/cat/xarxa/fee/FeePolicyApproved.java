package cat.xarxa.fee;

import cat.xarxa.common.DomainEvent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The General Assembly approved the fee policy of a year.
 *
 * @param policy the policy
 */
public record FeePolicyApproved(FeePolicy policy) implements DomainEvent {
    @Override
    public String aggregateType() {
        return FeePolicy.AGGREGATE_TYPE;
    }

    @Override
    public String aggregateId() {
        return Integer.toString(policy.year());
    }

    @Override
    public Map<String, String> data() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("year", Integer.toString(policy.year()));
        data.put("populationYear", Integer.toString(policy.populationYear()));
        data.put("rule", policy.rule().type());
        data.put("approvedOn", policy.approvedOn().toString());
        data.put("decision", policy.decisionReference());
        return data;
    }
}

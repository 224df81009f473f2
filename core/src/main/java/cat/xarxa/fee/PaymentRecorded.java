package cat.xarxa.fee;

import cat.xarxa.common.DomainEvent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A payment or a refund was recorded.
 *
 * @param payment the payment or refund
 */
public record PaymentRecorded(Payment payment) implements DomainEvent {
    @Override
    public String aggregateType() {
        return Payment.AGGREGATE_TYPE;
    }

    @Override
    public String aggregateId() {
        return payment.id().toString();
    }

    @Override
    public Map<String, String> data() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("member", payment.member().toString());
        data.put("kind", payment.kind().name());
        data.put("assessment", payment.forAssessment().map(Object::toString).orElse(""));
        data.put("on", payment.on().toString());
        data.put("amount", payment.amount().toString());
        data.put("reference", payment.reference());
        return data;
    }
}

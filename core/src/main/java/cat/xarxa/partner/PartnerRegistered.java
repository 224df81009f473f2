package cat.xarxa.partner;

import cat.xarxa.common.DomainEvent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A partner organisation was registered.
 *
 * @param partner the partner as registered
 */
public record PartnerRegistered(Partner partner) implements DomainEvent {
    @Override
    public String aggregateType() {
        return Partner.AGGREGATE_TYPE;
    }

    @Override
    public String aggregateId() {
        return partner.id().toString();
    }

    @Override
    public Map<String, String> data() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("name", partner.name());
        data.put("kind", partner.kind().name());
        data.put("website", partner.website());
        data.put("contactPerson", partner.contact().map(Object::toString).orElse(""));
        return data;
    }
}

package cat.xarxa.partner;

import cat.xarxa.common.DomainEvent;
import cat.xarxa.member.PersonId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A partner's contact person changed.
 *
 * @param partnerId the partner
 * @param person    the new contact, or null for none
 */
public record PartnerContactChanged(PartnerId partnerId, PersonId person) implements DomainEvent {
    @Override
    public String aggregateType() {
        return Partner.AGGREGATE_TYPE;
    }

    @Override
    public String aggregateId() {
        return partnerId.toString();
    }

    @Override
    public Map<String, String> data() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("contactPerson", person == null ? "" : person.toString());
        return data;
    }
}

package cat.xarxa.advisory;

import cat.xarxa.common.DomainEvent;
import cat.xarxa.member.MemberId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An advisory changed; {@link #type()} says how ({@code AdvisoryRequested}, {@code AdvisoriesMerged},
 * {@code RequestUnmerged}, {@code ProviderAssigned}, {@code SessionScheduled}, {@code SessionDelivered},
 * {@code SessionCancelled}, {@code ReservationAdjusted}, {@code AdvisoryCompleted},
 * {@code AdvisoryCancelled}). The journal keeps the state that matters to an audit, not the
 * councils' free text.
 *
 * @param advisory the advisory after the change
 * @param change   the event's name
 */
public record AdvisoryChanged(Advisory advisory, String change) implements DomainEvent {
    @Override
    public String aggregateType() {
        return Advisory.AGGREGATE_TYPE;
    }

    @Override
    public String aggregateId() {
        return advisory.id().toString();
    }

    @Override
    public String type() {
        return change;
    }

    @Override
    public Map<String, String> data() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("period", advisory.period());
        data.put("topic", advisory.topic());
        data.put("status", advisory.status().name());
        data.put("members", advisory.members().stream().map(MemberId::toString).collect(Collectors.joining(",")));
        data.put("provider", advisory.provider().key());
        data.put("reserved", advisory.reserved().toString());
        data.put("consumed", advisory.consumed().toString());
        data.put("mergedInto", advisory.mergedInto() == null ? "" : advisory.mergedInto().toString());
        return data;
    }
}

package cat.xarxa.governance;

import cat.xarxa.common.DomainEvent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A seat was taken ({@code SeatTaken}) or left ({@code SeatLeft}).
 *
 * @param seat   the seat after the change
 * @param change the event's name
 */
public record SeatChanged(BodySeat seat, String change) implements DomainEvent {
    @Override
    public String aggregateType() {
        return BodySeat.AGGREGATE_TYPE;
    }

    @Override
    public String aggregateId() {
        return seat.id().toString();
    }

    @Override
    public String type() {
        return change;
    }

    @Override
    public Map<String, String> data() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("body", seat.body().name());
        data.put("council", seat.council() == null ? "" : seat.council().toString());
        data.put("person", seat.person() == null ? "" : seat.person().toString());
        data.put("role", seat.role());
        data.put("from", seat.from().toString());
        data.put("until", seat.until() == null ? "" : seat.until().toString());
        return data;
    }
}

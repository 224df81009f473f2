package cat.xarxa.workinggroup;

import cat.xarxa.common.DomainEvent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A working group changed; {@link #type()} says how ({@code WorkingGroupProposed},
 * {@code WorkingGroupActivated}, {@code WorkingGroupClosed}, {@code GroupJoined}, {@code GroupLeft},
 * {@code GroupMeetingHeld}, {@code GroupProductRecorded}). No free text: the minutes stay out.
 *
 * @param group  the group after the change
 * @param change the event's name
 */
public record WorkingGroupChanged(WorkingGroup group, String change) implements DomainEvent {
    @Override
    public String aggregateType() {
        return WorkingGroup.AGGREGATE_TYPE;
    }

    @Override
    public String aggregateId() {
        return group.id().toString();
    }

    @Override
    public String type() {
        return change;
    }

    @Override
    public Map<String, String> data() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("name", group.name());
        data.put("theme", group.theme());
        data.put("status", group.status().name());
        data.put("participants", Long.toString(group.participants().stream().filter(p -> p.until() == null).count()));
        data.put("meetings", Integer.toString(group.meetings().size()));
        data.put("products", Integer.toString(group.products().size()));
        return data;
    }
}

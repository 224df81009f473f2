package cat.xarxa.workplan;

import cat.xarxa.common.DomainEvent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A plan was adopted ({@code WorkPlanAdopted}) or an action's progress reported
 * ({@code ActionProgressed}).
 *
 * @param plan   the plan after the change
 * @param change the event's name
 * @param action the action's code, or empty for the adoption
 */
public record WorkPlanChanged(WorkPlan plan, String change, String action) implements DomainEvent {
    @Override
    public String aggregateType() {
        return WorkPlan.AGGREGATE_TYPE;
    }

    @Override
    public String aggregateId() {
        return plan.id().toString();
    }

    @Override
    public String type() {
        return change;
    }

    @Override
    public Map<String, String> data() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("period", plan.firstYear() + "-" + plan.lastYear());
        data.put("actions", Long.toString(plan.actions().count()));
        data.put("action", action);
        plan.action(action).ifPresent(a -> {
            data.put("status", a.status().name());
            data.put("progress", Integer.toString(a.progress()));
        });
        return data;
    }
}

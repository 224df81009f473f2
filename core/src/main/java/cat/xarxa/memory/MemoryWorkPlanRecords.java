package cat.xarxa.memory;

import cat.xarxa.workplan.PlanId;
import cat.xarxa.workplan.WorkPlan;
import cat.xarxa.workplan.WorkPlanRecords;
import java.util.Optional;
import java.util.stream.Stream;

/** The work-plan port over one memory transaction's overlay. */
final class MemoryWorkPlanRecords implements WorkPlanRecords {

    private final MemoryTable<WorkPlan>.Overlay plans;

    MemoryWorkPlanRecords(MemoryTable<WorkPlan>.Overlay plans) {
        this.plans = plans;
    }

    @Override
    public Optional<WorkPlan> plan(PlanId id) {
        return plans.find(id.toString());
    }

    @Override
    public long save(WorkPlan plan) {
        return plans.save(plan);
    }

    @Override
    public Stream<WorkPlan> plans() {
        return plans.all();
    }
}

package cat.xarxa.jdbc;

import cat.xarxa.workplan.PlanId;
import cat.xarxa.workplan.WorkPlan;
import cat.xarxa.workplan.WorkPlanRecords;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Work plans within one unit of work: the port {@link WorkPlanRecords} over {@link JdbcWorkPlans},
 * which keeps the plans' table family. Plans are written at once, so nothing waits for the commit.
 */
final class JdbcWorkPlanRecords implements WorkPlanRecords {

    private final JdbcWorkPlans plans;

    JdbcWorkPlanRecords(JdbcWorkPlans plans) {
        this.plans = plans;
    }

    @Override
    public Optional<WorkPlan> plan(PlanId id) {
        return plans.find(id);
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

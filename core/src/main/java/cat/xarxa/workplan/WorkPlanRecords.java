package cat.xarxa.workplan;

import java.util.Optional;
import java.util.stream.Stream;

/** Work plans as a store holds them (port). */
public interface WorkPlanRecords {

    /** The plan with this id, if stored. */
    Optional<WorkPlan> plan(PlanId id);

    /**
     * Stores a plan with its lines, objectives, actions and evidence: inserts if its version is 0,
     * otherwise replaces it only if the stored version is still the plan's.
     *
     * @return the version now stored
     * @throws cat.xarxa.common.ConcurrentUpdateException if another unit of work changed it first
     */
    long save(WorkPlan plan);

    /** Every plan in id order; close the stream. */
    Stream<WorkPlan> plans();
}

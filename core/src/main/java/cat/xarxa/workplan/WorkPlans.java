package cat.xarxa.workplan;

import cat.xarxa.common.Decision;
import cat.xarxa.governance.Body;
import java.util.List;
import java.util.Optional;

/** Work plans: adopting one as data, reporting its actions' progress with evidence. */
public interface WorkPlans {

    /**
     * Adopts a plan. {@code plan.period-backwards}, {@code plan.duplicate-code},
     * {@code plan.cell-outside-period}, {@code plan.action-without-responsible}, {@code plan.empty}
     */
    Decision<WorkPlan> adopt(AdoptWorkPlan command);

    /**
     * Reports an action's progress. {@code plan.not-found}, {@code plan.action-not-found},
     * {@code plan.illegal-transition}, {@code plan.done-below-100}, {@code plan.evidence-not-found},
     * {@code plan.evidence-link-invalid}
     */
    Decision<WorkPlan> report(ReportProgress command);

    /** A plan. */
    Optional<WorkPlan> plan(PlanId id);

    /** Every plan, in id order. */
    List<WorkPlan> plans();

    /** The plans whose period covers a year. */
    List<WorkPlan> plansFor(int year);

    /** The actions a body answers for (sets the basic lines, executes or supports), across plans. */
    List<PlanAction> actionsOf(Body body);

    /** How far a plan has got, if it exists. */
    Optional<PlanProgress> progress(PlanId id);
}

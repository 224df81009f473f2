package cat.xarxa;

import cat.xarxa.advisory.AdvisoryId;
import cat.xarxa.advisory.ProductId;
import cat.xarxa.common.Decision;
import cat.xarxa.common.IdSource;
import cat.xarxa.common.Reason;
import cat.xarxa.common.WebLinks;
import cat.xarxa.governance.Body;
import cat.xarxa.governance.EventId;
import cat.xarxa.practice.SubmissionId;
import cat.xarxa.practice.TrainingId;
import cat.xarxa.spi.Transaction;
import cat.xarxa.workinggroup.GroupProductId;
import cat.xarxa.workinggroup.WorkingGroup;
import cat.xarxa.workplan.ActionStatus;
import cat.xarxa.workplan.AdoptWorkPlan;
import cat.xarxa.workplan.Evidence;
import cat.xarxa.workplan.PlanAction;
import cat.xarxa.workplan.PlanId;
import cat.xarxa.workplan.PlanProgress;
import cat.xarxa.workplan.ReportProgress;
import cat.xarxa.workplan.ResponsibleKind;
import cat.xarxa.workplan.WorkPlan;
import cat.xarxa.workplan.WorkPlanChanged;
import cat.xarxa.workplan.WorkPlans;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/** {@link WorkPlans} over a store: each command is one unit of work. */
final class WorkPlanDesk implements WorkPlans {

    private final UnitOfWork work;
    private final IdSource ids;

    WorkPlanDesk(UnitOfWork work, IdSource ids) {
        this.work = work;
        this.ids = ids;
    }

    @Override
    public Decision<WorkPlan> adopt(AdoptWorkPlan command) {
        WorkPlan plan = new WorkPlan(new PlanId(ids.nextId()), command.title(), command.firstYear(), command.lastYear(),
                command.adoptedOn(), command.reference(), command.lines(), 0);
        List<Reason> problems = plan.problems();
        plan.actions().filter(a -> a.status() != ActionStatus.PLANNED || a.progress() != 0 || !a.evidence().isEmpty())
                .forEach(a -> problems.add(Reason.of("plan.adopted-with-progress", a.code())));
        if (!problems.isEmpty()) {
            return Decision.rejected(problems);
        }
        return work.run(scope -> store(scope, plan, "WorkPlanAdopted", ""));
    }

    private static Decision<WorkPlan> store(UnitOfWork.Scope scope, WorkPlan plan, String change, String action) {
        long version = scope.tx().workPlans().save(plan);
        WorkPlan stored = plan.withVersion(version);
        return scope.record(Decision.accepted(stored, new WorkPlanChanged(stored, change, action)), version);
    }

    @Override
    public Decision<WorkPlan> report(ReportProgress command) {
        return work.run(scope -> scope.tx().workPlans().plan(command.plan()).map(plan -> {
            Optional<PlanAction> found = plan.action(command.action());
            if (found.isEmpty()) {
                return Decision.<WorkPlan>rejected(Reason.of("plan.action-not-found", command.action(), plan.title()));
            }
            PlanAction action = found.get();
            List<Reason> problems = new ArrayList<>();
            if (!action.status().next().contains(command.status())) {
                problems.add(Reason.of("plan.illegal-transition", action.code(), action.status(), command.status()));
            }
            if (command.status() == ActionStatus.DONE && command.progress() != 100) {
                problems.add(Reason.of("plan.done-below-100", action.code(), command.progress()));
            }
            if (command.evidence() != null) {
                evidenceProblem(scope.tx(), command.evidence()).ifPresent(problems::add);
            }
            if (!problems.isEmpty()) {
                return Decision.<WorkPlan>rejected(problems);
            }
            PlanAction next = action.progressed(command.status(), command.progress(), command.evidence());
            return store(scope, plan.with(next), "ActionProgressed", action.code());
        }).orElseGet(() -> Decision.rejected(Reason.of("plan.not-found", command.plan()))));
    }

    /** Why a piece of evidence points at nothing the network holds, if it does. */
    static Optional<Reason> evidenceProblem(Transaction tx, Evidence evidence) {
        String ref = evidence.reference();
        if (evidence.kind() == cat.xarxa.workplan.EvidenceKind.LINK) {
            return WebLinks.isWebLink(ref) ? Optional.empty()
                    : Optional.of(Reason.of("plan.evidence-link-invalid", ref));
        }
        UUID id;
        try {
            id = UUID.fromString(ref.trim());
        } catch (IllegalArgumentException e) {
            return Optional.of(Reason.of("plan.evidence-not-found", evidence.kind(), ref));
        }
        boolean exists = switch (evidence.kind()) {
            case EVENT -> tx.governance().event(new EventId(id)).isPresent();
            case ADVISORY -> tx.advisories().advisory(new AdvisoryId(id)).isPresent();
            case ADVISORY_PRODUCT -> tx.advisories().product(new ProductId(id)).isPresent();
            case GOOD_PRACTICE -> tx.practices().submission(new SubmissionId(id)).isPresent();
            case TRAINING -> tx.practices().training(new TrainingId(id)).isPresent();
            case GROUP_PRODUCT -> {
                try (Stream<WorkingGroup> groups = tx.workingGroups().groups()) {
                    GroupProductId product = new GroupProductId(id);
                    yield groups.anyMatch(g -> g.products().stream().anyMatch(p -> p.id().equals(product)));
                }
            }
            case LINK -> true;
        };
        return exists ? Optional.empty() : Optional.of(Reason.of("plan.evidence-not-found", evidence.kind(), ref));
    }

    @Override
    public Optional<WorkPlan> plan(PlanId id) {
        return work.read(tx -> tx.workPlans().plan(id));
    }

    @Override
    public List<WorkPlan> plans() {
        return work.read(tx -> {
            try (Stream<WorkPlan> all = tx.workPlans().plans()) {
                return all.toList();
            }
        });
    }

    @Override
    public List<WorkPlan> plansFor(int year) {
        return plans().stream().filter(p -> p.covers(year)).toList();
    }

    @Override
    public List<PlanAction> actionsOf(Body body) {
        return plans().stream().flatMap(WorkPlan::actions)
                .filter(a -> a.responsibles().stream().anyMatch(r -> r.kind() == ResponsibleKind.BODY && r.body() == body))
                .toList();
    }

    @Override
    public Optional<PlanProgress> progress(PlanId id) {
        return plan(id).map(plan -> {
            Map<ActionStatus, Long> byStatus = new EnumMap<>(ActionStatus.class);
            for (ActionStatus status : ActionStatus.values()) {
                byStatus.put(status, 0L);
            }
            plan.actions().forEach(a -> byStatus.merge(a.status(), 1L, Long::sum));
            List<PlanAction> counted = plan.actions().filter(a -> a.status() != ActionStatus.DROPPED).toList();
            long points = counted.stream().mapToLong(PlanAction::progress).sum();
            return new PlanProgress(plan.id(), byStatus, points, counted.size());
        });
    }
}

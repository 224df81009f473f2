package cat.xarxa;

import cat.xarxa.common.MeetingFormat;
import cat.xarxa.common.Reason;
import cat.xarxa.common.WebLinks;
import cat.xarxa.governance.AssemblyDecision;
import cat.xarxa.governance.Attendance;
import cat.xarxa.governance.BodySeat;
import cat.xarxa.governance.CastVote;
import cat.xarxa.governance.EventStatus;
import cat.xarxa.governance.Motion;
import cat.xarxa.governance.NetworkEvent;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import cat.xarxa.practice.PracticeCall;
import cat.xarxa.practice.PracticeSubmission;
import cat.xarxa.practice.Training;
import cat.xarxa.spi.ImportException;
import cat.xarxa.spi.RecordLocation;
import cat.xarxa.spi.Transaction;
import cat.xarxa.workplan.Evidence;
import cat.xarxa.workplan.Objective;
import cat.xarxa.workplan.PlanAction;
import cat.xarxa.workplan.StrategicLine;
import cat.xarxa.workplan.WorkPlan;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The import's checks of governance, good-practice and work-plan records: each names what it
 * points at, and each is refused if a command would have refused it; one the store held before is
 * left as it is. Part of {@link NetworkImport}.
 */
final class GovernanceAndKnowledgeImport {

    private final UnitOfWork.Scope scope;
    private final ImportMerge merge;
    long seats;
    long events;
    long decisions;
    long calls;
    long submissions;
    long trainings;
    long plans;

    GovernanceAndKnowledgeImport(UnitOfWork.Scope scope, ImportMerge merge) {
        this.scope = scope;
        this.merge = merge;
    }

    /**
     * Whether the record still has to be checked and stored: false if the store held it before,
     * identical or not (see {@link ImportMerge}).
     */
    private <T> boolean absent(RecordLocation where, String type, Object id, Optional<T> stored, Predicate<T> same) {
        return merge.settle(where, type, id, stored, same,
                () -> refused(where, "id", Reason.of("import.duplicate-id", id))) == ImportMerge.Found.ABSENT;
    }

    private Transaction tx() {
        return scope.tx();
    }

    private static ImportException refused(RecordLocation where, String field, Reason reason) {
        return new ImportException(where, field, reason, null);
    }

    private void requireMember(RecordLocation where, String field, MemberId id) {
        if (tx().members().find(id).isEmpty()) {
            throw refused(where, field, Reason.of("member.not-found", id));
        }
    }

    private void requirePerson(RecordLocation where, String field, PersonId id) {
        if (tx().people().find(id).isEmpty()) {
            throw refused(where, field, Reason.of("person.not-found", id));
        }
    }

    void seat(RecordLocation where, BodySeat seat) {
        if (!absent(where, "body-seat", seat.id(), tx().governance().seat(seat.id()),
                stored -> stored.withVersion(0).equals(seat.withVersion(0)))) {
            return;
        }
        if (!seat.body().hasSeats()) {
            throw refused(where, "body", Reason.of("governance.assembly-has-no-seats"));
        }
        if (seat.council() != null) {
            requireMember(where, "council", seat.council());
        }
        if (seat.person() != null) {
            requirePerson(where, "person", seat.person());
        }
        tx().governance().save(seat.withVersion(0));
        seats++;
    }

    void event(RecordLocation where, NetworkEvent event) {
        if (!absent(where, "event", event.id(), tx().governance().event(event.id()),
                stored -> stored.withVersion(0).equals(event.withVersion(0)))) {
            return;
        }
        List<cat.xarxa.governance.EventRules.Problem> problems = cat.xarxa.governance.EventRules.problems(event.format(),
                event.place(), event.link(), event.startsAt(), event.endsAt());
        if (!problems.isEmpty()) {
            throw refused(where, problems.get(0).field(), problems.get(0).reason());
        }
        if (event.status() != EventStatus.HELD && !event.attendance().isEmpty()) {
            throw refused(where, "attendance", Reason.of("event.attendance-not-held", event.status()));
        }
        Set<MemberId> seen = new HashSet<>();
        for (int i = 0; i < event.attendance().size(); i++) {
            Attendance a = event.attendance().get(i);
            if (!seen.add(a.council())) {
                throw refused(where, "attendance[" + i + "].council", Reason.of("event.duplicate-attendance", a.council()));
            }
            requireMember(where, "attendance[" + i + "].council", a.council());
            if (a.person() != null) {
                requirePerson(where, "attendance[" + i + "].person", a.person());
            }
        }
        tx().governance().save(event.withVersion(0));
        events++;
    }

    void decision(RecordLocation where, AssemblyDecision decision) {
        if (!absent(where, "assembly-decision", decision.id(), tx().governance().decision(decision.id()),
                decision::equals)) {
            return;
        }
        Optional<AssemblyDecision> sameReference = tx().governance().decisionByReference(decision.reference());
        if (sameReference.isPresent()) {
            // The store keeps one decision a reference: another one there before is a conflict.
            if (merge.met("assembly-decision", sameReference.get().id())) {
                throw refused(where, "reference", Reason.of("decision.reference-taken", decision.reference()));
            }
            merge.conflict(where, "assembly-decision", decision.id());
            return;
        }
        Optional<NetworkEvent> assembly = tx().governance().event(decision.assembly());
        if (assembly.isEmpty()) {
            throw refused(where, "assembly", Reason.of("event.not-found", decision.assembly()));
        }
        if (!assembly.get().kind().isAssembly()) {
            throw refused(where, "assembly", Reason.of("decision.not-an-assembly", assembly.get().title(),
                    assembly.get().kind()));
        }
        if (!assembly.get().on().equals(decision.on())) {
            throw refused(where, "on", Reason.of("decision.date-not-assembly", decision.on(), assembly.get().on()));
        }
        Set<MemberId> seen = new HashSet<>();
        for (int i = 0; i < decision.votes().size(); i++) {
            CastVote vote = decision.votes().get(i);
            if (!seen.add(vote.council())) {
                throw refused(where, "votes[" + i + "].council", Reason.of("decision.duplicate-vote", vote.council()));
            }
            requireMember(where, "votes[" + i + "].council", vote.council());
        }
        if (!decision.consistent()) {
            throw refused(where, "tally", Reason.of("decision.tally-mismatch", decision.reference()));
        }
        motionTarget(where, decision);
        tx().governance().add(decision);
        decisions++;
    }

    private void motionTarget(RecordLocation where, AssemblyDecision decision) {
        Motion motion = decision.motion();
        if (motion instanceof Motion.Admission admission) {
            requireMember(where, "motion.member", admission.member());
        } else if (motion instanceof Motion.BudgetAllocation allocation
                && tx().workingGroups().group(allocation.group()).isEmpty()) {
            throw refused(where, "motion.group", Reason.of("group.not-found", allocation.group()));
        } else if (motion instanceof Motion.BankEnlargement enlargement
                && tx().advisories().bank(enlargement.period()).isEmpty()) {
            throw refused(where, "motion.period", Reason.of("advisory.no-bank", enlargement.period()));
        } else if (motion instanceof Motion.FeePolicyApproval approval && decision.carried()
                && tx().fees().policy(approval.fiscalYear()).isEmpty()) {
            throw refused(where, "motion.fiscalYear", Reason.of("decision.policy-missing", approval.fiscalYear()));
        }
    }

    void call(RecordLocation where, PracticeCall call) {
        if (!absent(where, "practice-call", call.id(), tx().practices().call(call.id()),
                stored -> stored.withVersion(0).equals(call.withVersion(0)))) {
            return;
        }
        tx().practices().save(call.withVersion(0));
        calls++;
    }

    void submission(RecordLocation where, PracticeSubmission submission) {
        if (!absent(where, "practice-submission", submission.id(), tx().practices().submission(submission.id()),
                stored -> stored.withVersion(0).equals(submission.withVersion(0)))) {
            return;
        }
        Optional<PracticeCall> call = tx().practices().call(submission.call());
        if (call.isEmpty()) {
            throw refused(where, "call", Reason.of("practice.call-not-found", submission.call()));
        }
        if (submission.submittedOn().isBefore(call.get().opensOn())) {
            throw refused(where, "submittedOn", Reason.of("practice.call-not-open", call.get().title(),
                    call.get().opensOn()));
        }
        if (submission.submittedOn().isAfter(call.get().deadline())) {
            throw refused(where, "submittedOn", Reason.of("practice.after-deadline", call.get().title(),
                    call.get().deadline()));
        }
        requireMember(where, "council", submission.council());
        requirePerson(where, "contact", submission.contact());
        if (submission.sheet() != null && !submission.sheet().link().isEmpty()
                && !WebLinks.isWebLink(submission.sheet().link())) {
            throw refused(where, "sheet.link", Reason.of("practice.link-invalid", submission.sheet().link()));
        }
        tx().practices().save(submission.withVersion(0));
        submissions++;
    }

    void training(RecordLocation where, Training training) {
        if (!absent(where, "training", training.id(), tx().practices().training(training.id()),
                stored -> stored.withVersion(0).equals(training.withVersion(0)))) {
            return;
        }
        requireMember(where, "council", training.council());
        if (!training.link().isEmpty() && !WebLinks.isWebLink(training.link())) {
            throw refused(where, "link", Reason.of("practice.link-invalid", training.link()));
        }
        tx().practices().save(training.withVersion(0));
        trainings++;
    }

    void plan(RecordLocation where, WorkPlan plan) {
        if (!absent(where, "work-plan", plan.id(), tx().workPlans().plan(plan.id()),
                stored -> stored.withVersion(0).equals(plan.withVersion(0)))) {
            return;
        }
        List<Reason> problems = plan.problems();
        if (!problems.isEmpty()) {
            throw refused(where, "lines", problems.get(0));
        }
        for (int l = 0; l < plan.lines().size(); l++) {
            StrategicLine line = plan.lines().get(l);
            for (int o = 0; o < line.objectives().size(); o++) {
                Objective objective = line.objectives().get(o);
                for (int a = 0; a < objective.actions().size(); a++) {
                    PlanAction action = objective.actions().get(a);
                    for (int e = 0; e < action.evidence().size(); e++) {
                        Evidence evidence = action.evidence().get(e);
                        Optional<Reason> problem = WorkPlanDesk.evidenceProblem(tx(), evidence);
                        if (problem.isPresent()) {
                            throw refused(where, "lines[" + l + "].objectives[" + o + "].actions[" + a + "].evidence["
                                    + e + "]", problem.get());
                        }
                    }
                }
            }
        }
        tx().workPlans().save(plan.withVersion(0));
        plans++;
    }
}

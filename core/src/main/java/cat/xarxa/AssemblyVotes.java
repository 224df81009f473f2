package cat.xarxa;

import cat.xarxa.advisory.Advisories;
import cat.xarxa.advisory.EnlargeHourBank;
import cat.xarxa.common.Decision;
import cat.xarxa.common.IdSource;
import cat.xarxa.common.Reason;
import cat.xarxa.fee.FeePolicy;
import cat.xarxa.fee.MemberFees;
import cat.xarxa.governance.AssemblyDecision;
import cat.xarxa.governance.CastVote;
import cat.xarxa.governance.DecisionId;
import cat.xarxa.governance.DecisionTaken;
import cat.xarxa.governance.EventStatus;
import cat.xarxa.governance.Motion;
import cat.xarxa.governance.NetworkEvent;
import cat.xarxa.governance.PutToVote;
import cat.xarxa.governance.Tally;
import cat.xarxa.governance.Vote;
import cat.xarxa.governance.VotingRules;
import cat.xarxa.member.AdmitMember;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.Membership;
import cat.xarxa.member.RightsPolicy;
import cat.xarxa.workinggroup.BudgetEntryKind;
import cat.xarxa.workinggroup.EnterBudget;
import cat.xarxa.workinggroup.WorkingGroups;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Puts motions to an assembly's vote: counts only the councils with vote on the day, applies the
 * network's rules, records the decision, and carries out a carried motion in the same unit of work
 * through the area that owns it (membership, fees, working groups, the hour bank).
 */
final class AssemblyVotes {

    /** The code of a vote that does not count when the rights policy gives no reason of its own. */
    static final String NO_VOTE = "decision.no-vote";

    private final UnitOfWork work;
    private final IdSource ids;
    private final RightsPolicy rights;
    private final VotingRules networkRules;
    private final Membership members;
    private final MemberFees fees;
    private final WorkingGroups groups;
    private final Advisories advisories;

    AssemblyVotes(UnitOfWork work, IdSource ids, RightsPolicy rights, VotingRules networkRules, Membership members,
                  MemberFees fees, WorkingGroups groups, Advisories advisories) {
        this.work = work;
        this.ids = ids;
        this.rights = rights;
        this.networkRules = networkRules;
        this.members = members;
        this.fees = fees;
        this.groups = groups;
        this.advisories = advisories;
    }

    /** Refuses a whole unit of work: thrown inside it so that the store rolls everything back. */
    private static final class Refused extends RuntimeException {
        private final transient List<Reason> reasons;

        Refused(List<Reason> reasons) {
            super(null, null, false, false);
            this.reasons = reasons;
        }
    }

    Decision<AssemblyDecision> putToVote(PutToVote command) {
        List<Reason> problems = new ArrayList<>(shapeProblems(command));
        if (!problems.isEmpty()) {
            return Decision.rejected(problems);
        }
        Optional<NetworkEvent> assembly = work.read(tx -> tx.governance().event(command.assembly()));
        if (assembly.isEmpty()) {
            return Decision.rejected(Reason.of("event.not-found", command.assembly()));
        }
        NetworkEvent event = assembly.get();
        if (!event.kind().isAssembly()) {
            problems.add(Reason.of("decision.not-an-assembly", event.title(), event.kind()));
        } else if (event.status() == EventStatus.CANCELLED) {
            problems.add(Reason.of("decision.assembly-cancelled", event.title(), event.on()));
        }
        if (work.read(tx -> tx.governance().decisionByReference(command.reference())).isPresent()) {
            problems.add(Reason.of("decision.reference-taken", command.reference()));
        }
        LocalDate on = event.on();
        Map<MemberId, Member> voters = new HashMap<>();
        // Each council's rights are asked once: the standing policy may read its fees.
        Map<MemberId, Boolean> hasVote = new HashMap<>();
        int eligible = work.read(tx -> {
            try (Stream<Member> all = tx.members().all()) {
                int count = 0;
                Set<MemberId> voting = new HashSet<>(command.votes().stream().map(Vote::council).toList());
                for (Member m : (Iterable<Member>) all::iterator) {
                    boolean vote = rights.rightsOn(m, on).vote();
                    if (voting.contains(m.id())) {
                        voters.put(m.id(), m);
                        hasVote.put(m.id(), vote);
                    }
                    if (vote) {
                        count++;
                    }
                }
                return count;
            }
        });
        command.votes().stream().filter(v -> !voters.containsKey(v.council()))
                .forEach(v -> problems.add(Reason.of("member.not-found", v.council())));
        if (!problems.isEmpty()) {
            return Decision.rejected(problems);
        }
        List<CastVote> cast = command.votes().stream()
                .map(v -> cast(voters.get(v.council()), hasVote.get(v.council()), v, on)).toList();
        VotingRules rules = command.rules() != null ? command.rules() : networkRules;
        Tally tally = Tally.of(eligible, cast);
        AssemblyDecision decision = new AssemblyDecision(new DecisionId(ids.nextId()), event.id(), on,
                command.reference(), command.title(), command.motion(), cast, tally, rules, rules.outcome(tally));
        try {
            if (!decision.carried()) {
                // A defeated motion changes nothing, but it must still be one the assembly could carry.
                dryRun(command, decision);
            }
            return work.retrying(() -> work.run(scope -> {
                if (decision.carried()) {
                    Decision<?> effect = carryOut(command, decision);
                    if (effect.isRejected()) {
                        throw new Refused(effect.reasons());
                    }
                }
                scope.tx().governance().add(decision);
                return scope.record(Decision.accepted(decision, new DecisionTaken(decision)), 1);
            }));
        } catch (Refused refused) {
            return Decision.rejected(refused.reasons);
        }
    }

    private static List<Reason> shapeProblems(PutToVote command) {
        List<Reason> problems = new ArrayList<>();
        Set<MemberId> seen = new HashSet<>();
        for (Vote vote : command.votes()) {
            if (!seen.add(vote.council())) {
                problems.add(Reason.of("decision.duplicate-vote", vote.council()));
            }
        }
        Motion motion = command.motion();
        if (motion instanceof Motion.FeePolicyApproval approval
                && (command.feePolicy() == null || command.feePolicy().year() != approval.fiscalYear())) {
            problems.add(Reason.of("decision.policy-missing", approval.fiscalYear()));
        }
        if (motion instanceof Motion.BudgetAllocation allocation && !allocation.amount().isPositive()) {
            problems.add(Reason.of("decision.amount-not-positive", allocation.amount()));
        }
        if (motion instanceof Motion.BankEnlargement enlargement && enlargement.hours().toMinutes() <= 0) {
            problems.add(Reason.of("decision.amount-not-positive", enlargement.hours()));
        }
        return problems;
    }

    private CastVote cast(Member voter, boolean hasVote, Vote vote, LocalDate on) {
        if (hasVote) {
            return new CastVote(vote.council(), vote.choice(), true, "");
        }
        String limit = rights.limitsOn(voter, on).stream().map(Reason::code)
                .filter(code -> code.endsWith("-no-vote") || code.endsWith("-remove-vote") || code.equals("rights.not-a-member"))
                .findFirst().orElse(NO_VOTE);
        return new CastVote(vote.council(), vote.choice(), false, limit);
    }

    /** Tries the motion's effect in a unit of work that is always rolled back; refuses with its reasons. */
    private void dryRun(PutToVote command, AssemblyDecision decision) {
        final class RolledBack extends RuntimeException {
            RolledBack() {
                super(null, null, false, false);
            }
        }
        try {
            work.run(scope -> {
                Decision<?> effect = carryOut(command, decision);
                if (effect.isRejected()) {
                    throw new Refused(effect.reasons());
                }
                throw new RolledBack();
            });
        } catch (RolledBack expected) {
            // The effect would be accepted; nothing of it stays.
        }
    }

    private Decision<?> carryOut(PutToVote command, AssemblyDecision decision) {
        LocalDate on = decision.on();
        String reference = decision.reference();
        Motion motion = decision.motion();
        if (motion instanceof Motion.Admission admission) {
            return members.admit(new AdmitMember(admission.member(), on, reference));
        }
        if (motion instanceof Motion.FeePolicyApproval) {
            FeePolicy proposed = command.feePolicy();
            return fees.approvePolicy(new FeePolicy(proposed.year(), proposed.populationYear(), proposed.rule(),
                    proposed.terms(), on, reference));
        }
        if (motion instanceof Motion.BudgetAllocation allocation) {
            return groups.enter(new EnterBudget(allocation.group(), allocation.year(), BudgetEntryKind.ALLOCATION,
                    allocation.amount(), on, reference, null));
        }
        if (motion instanceof Motion.BankEnlargement enlargement) {
            return advisories.enlarge(new EnlargeHourBank(enlargement.period(), enlargement.hours(), reference, on));
        }
        // A general motion is recorded; its effect lies outside the library.
        return Decision.accepted(motion, List.of());
    }
}

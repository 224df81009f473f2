package cat.xarxa;

import static cat.xarxa.ReasonAssertions.assertRefusedFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.advisory.HourBank;
import cat.xarxa.advisory.OpenHourBank;
import cat.xarxa.common.Decision;
import cat.xarxa.common.Hours;
import cat.xarxa.common.IneCode;
import cat.xarxa.common.JournalEntry;
import cat.xarxa.common.Localisation;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.common.Money;
import cat.xarxa.fee.FeeAssessment;
import cat.xarxa.fee.FeePolicy;
import cat.xarxa.fee.FeeRun;
import cat.xarxa.fee.FeeTerms;
import cat.xarxa.fee.FlatFee;
import cat.xarxa.fee.RecordPayment;
import cat.xarxa.governance.AssemblyDecision;
import cat.xarxa.governance.CancelEvent;
import cat.xarxa.governance.CastVote;
import cat.xarxa.governance.EventId;
import cat.xarxa.governance.EventKind;
import cat.xarxa.governance.Majority;
import cat.xarxa.governance.Motion;
import cat.xarxa.governance.NetworkEvent;
import cat.xarxa.governance.Outcome;
import cat.xarxa.governance.PutToVote;
import cat.xarxa.governance.ScheduleEvent;
import cat.xarxa.governance.Tally;
import cat.xarxa.governance.Vote;
import cat.xarxa.governance.VoteChoice;
import cat.xarxa.governance.VotingRules;
import cat.xarxa.member.AdmitMember;
import cat.xarxa.member.ApplyForMembership;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberStatus;
import cat.xarxa.member.ReferToAssembly;
import cat.xarxa.member.Rights;
import cat.xarxa.member.StatusChange;
import cat.xarxa.member.WithdrawMember;
import cat.xarxa.memory.MemoryStorageProvider;
import cat.xarxa.spi.Storage;
import cat.xarxa.spi.StorageConfig;
import cat.xarxa.workinggroup.BudgetEntry;
import cat.xarxa.workinggroup.BudgetEntryKind;
import cat.xarxa.workinggroup.ChangeGroupStatus;
import cat.xarxa.workinggroup.GroupBudget;
import cat.xarxa.workinggroup.GroupStatus;
import cat.xarxa.workinggroup.ProposeWorkingGroup;
import cat.xarxa.workinggroup.WorkingGroupId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The General Assembly's decisions through the facade: only the councils with vote on the day
 * count (a pending council has voice, not vote; a council in arrears loses its vote if the network
 * so chose), the rules decide the outcome, and a carried motion takes effect in the same unit of
 * work, or nothing at all is recorded.
 */
class XarxaAssemblyDecisionsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-15T10:00:00Z"), Xarxa.NETWORK_ZONE);
    private static final LocalDate APPLIED = LocalDate.of(2025, 2, 3);
    private static final LocalDate ADMITTED = LocalDate.of(2025, 4, 22);
    private static final LocalDate ASKED_TO_JOIN = LocalDate.of(2026, 5, 4);
    private static final LocalDate REFERRED = LocalDate.of(2026, 6, 10);
    /** The autumn ordinary assembly: after the 2026 fees' grace (30 June). */
    private static final LocalDate ASSEMBLY_DAY = LocalDate.of(2026, 9, 24);
    private static final LocalDate FEE_RUN = LocalDate.of(2026, 4, 1);
    private static final LocalDate PAID = LocalDate.of(2026, 5, 10);

    private final Storage storage = new MemoryStorageProvider().open(new StorageConfig(Map.of(), Map.of()));
    private final Xarxa xarxa = Xarxa.builder().storage(storage).clock(CLOCK).build();
    private final MemberId sabadell = admitted(xarxa, "081878");
    private final MemberId manlleu = admitted(xarxa, "081120");
    private final MemberId vic = admitted(xarxa, "082981");
    private final MemberId girona = admitted(xarxa, "170792");
    /** Asked to join and referred to this assembly: pending on its day. */
    private final MemberId granollers = pending(xarxa, "080961");
    private final EventId assembly = assembly(xarxa, ASSEMBLY_DAY);

    @AfterEach
    void close() {
        xarxa.close();
    }

    // ---------------------------------------------------------------- fixture

    private static MemberId admitted(Xarxa in, String ineCode) {
        MemberId id = in.members().apply(new ApplyForMembership(IneCode.parse(ineCode), APPLIED)).orElseThrow();
        in.members().admit(new AdmitMember(id, ADMITTED, "AG 2025-04")).orElseThrow();
        return id;
    }

    private static MemberId pending(Xarxa in, String ineCode) {
        MemberId id = in.members().apply(new ApplyForMembership(IneCode.parse(ineCode), ASKED_TO_JOIN)).orElseThrow();
        in.members().referToAssembly(new ReferToAssembly(id, REFERRED, "AG 2026-09")).orElseThrow();
        return id;
    }

    private static EventId assembly(Xarxa in, LocalDate on) {
        return in.governance().schedule(new ScheduleEvent(EventKind.ORDINARY_ASSEMBLY, "Assemblea General ordinària", on,
                null, null, MeetingFormat.HYBRID, "Sala de plens de Manlleu", "https://meet.example.cat/ag")).orElseThrow().id();
    }

    private static Vote vote(MemberId council, VoteChoice choice) {
        return new Vote(council, choice);
    }

    private List<Vote> allYes(MemberId... councils) {
        return Stream.of(councils).map(c -> vote(c, VoteChoice.YES)).toList();
    }

    private Decision<AssemblyDecision> decide(String reference, Motion motion, List<Vote> votes) {
        return xarxa.governance().putToVote(PutToVote.of(assembly, reference, motion, votes));
    }

    private Decision<AssemblyDecision> decide(String reference, Motion motion, VotingRules rules, List<Vote> votes) {
        return xarxa.governance().putToVote(new PutToVote(assembly, reference, "Comptes anuals", motion, null, votes, rules));
    }

    private static Motion accounts() {
        return new Motion.General("Aprovació dels comptes anuals de 2025");
    }

    /** Yes, yes, no and an abstention of the four full members. */
    private List<Vote> twoYesOneNoOneAbstention() {
        return List.of(vote(sabadell, VoteChoice.YES), vote(manlleu, VoteChoice.YES), vote(vic, VoteChoice.NO),
                vote(girona, VoteChoice.ABSTAIN));
    }

    private Member member(MemberId id) {
        return xarxa.members().find(id).orElseThrow();
    }

    private static CastVote castBy(AssemblyDecision decision, MemberId council) {
        return decision.votes().stream().filter(v -> v.council().equals(council)).findFirst().orElseThrow();
    }

    private List<String> eventTypes(MemberId member) {
        return xarxa.history(member).stream().map(JournalEntry::eventType).toList();
    }

    // ---------------------------------------------------------------- what nothing written means

    private record Written(long journal, List<AssemblyDecision> decisions, List<Member> members, List<FeePolicy> policies,
                           List<GroupBudget> budgets, List<BudgetEntry> entries, List<HourBank> banks) {
    }

    private Written written() {
        return storage.transaction(tx -> {
            try (Stream<AssemblyDecision> decisions = tx.governance().decisions();
                 Stream<Member> members = tx.members().all();
                 Stream<FeePolicy> policies = tx.fees().policies();
                 Stream<GroupBudget> budgets = tx.workingGroups().budgets();
                 Stream<BudgetEntry> entries = tx.workingGroups().entries();
                 Stream<HourBank> banks = tx.advisories().banks()) {
                return new Written(tx.journal().size(), decisions.toList(), members.toList(), policies.toList(),
                        budgets.toList(), entries.toList(), banks.toList());
            }
        });
    }

    /** Refused for the code, explained in ca, es and en, and nothing written: no decision, no effect, no journal. */
    private void assertRefusedAndNothingWritten(String code, Supplier<Decision<?>> command) {
        Written before = written();
        Decision<?> decision = command.get();
        assertRefusedFor(code, decision);
        assertEquals(before, written(), () -> "a refusal wrote something: " + decision.reasons());
    }

    // ---------------------------------------------------------------- who counts

    @Test
    void aPendingCouncilsVoteIsKeptButNotCounted() {
        MemberId terrassa = xarxa.members().apply(new ApplyForMembership(IneCode.parse("082798"), ASKED_TO_JOIN))
                .orElseThrow();
        MemberId mataro = admitted(xarxa, "081213");
        xarxa.members().withdraw(new WithdrawMember(mataro, LocalDate.of(2026, 1, 31), "Acord de ple")).orElseThrow();

        AssemblyDecision decision = decide("AG 2026-09 #1", accounts(), List.of(vote(sabadell, VoteChoice.YES),
                vote(manlleu, VoteChoice.YES), vote(vic, VoteChoice.NO), vote(granollers, VoteChoice.NO),
                vote(terrassa, VoteChoice.NO), vote(mataro, VoteChoice.NO))).orElseThrow();

        assertEquals(new Tally(4, 2, 1, 0, 3), decision.tally(), "eligible: the four full members, not the pending ones");
        assertEquals(Outcome.CARRIED, decision.outcome());
        assertEquals(6, decision.votes().size(), "every vote is kept");
        assertEquals(new CastVote(granollers, VoteChoice.NO, false, "rights.pending-no-vote"), castBy(decision, granollers));
        assertEquals(new CastVote(terrassa, VoteChoice.NO, false, "rights.pending-no-vote"), castBy(decision, terrassa));
        assertEquals(new CastVote(mataro, VoteChoice.NO, false, "rights.not-a-member"), castBy(decision, mataro));
        assertEquals(new CastVote(sabadell, VoteChoice.YES, true, ""), castBy(decision, sabadell));
        assertTrue(decision.consistent());
        assertEquals(ASSEMBLY_DAY, decision.on());
        assertEquals(VotingRules.DEFAULT, decision.rules());
        assertEquals(decision, xarxa.governance().decision(decision.id()).orElseThrow());
        assertEquals(List.of(decision), xarxa.governance().decisionsAt(assembly));
        assertEquals(List.of("DecisionTaken"), xarxa.history(AssemblyDecision.AGGREGATE_TYPE, decision.id().toString())
                .stream().map(JournalEntry::eventType).toList());
    }

    /** Four full members; Manlleu leaves its 2026 fee unpaid past the grace, the others pay. */
    private static MemberId manlleuInArrears(Xarxa in) {
        MemberId late = null;
        List<MemberId> payers = new ArrayList<>();
        for (String code : List.of("081878", "081120", "082981", "170792")) {
            MemberId id = admitted(in, code);
            if (code.equals("081120")) {
                late = id;
            } else {
                payers.add(id);
            }
        }
        in.fees().approvePolicy(new FeePolicy(2026, 2025, new FlatFee(Money.euros(1000)), FeeTerms.DEFAULT,
                LocalDate.of(2026, 3, 20), "AG 2026-03, acord 4")).orElseThrow();
        FeeRun run = in.fees().assess(2026, FEE_RUN).orElseThrow();
        for (FeeAssessment fee : run.assessed()) {
            if (payers.contains(fee.member())) {
                in.fees().recordPayment(new RecordPayment(fee.id(), PAID, Money.euros(1000), "TRF")).orElseThrow();
            }
        }
        return late;
    }

    private static List<Vote> everyMemberVotesYes(Xarxa in) {
        return in.members().list().stream().map(m -> vote(m.id(), VoteChoice.YES)).toList();
    }

    @Test
    void aNetworkThatSoChoseDoesNotCountTheVoteOfACouncilInArrears() {
        try (Xarxa strict = Xarxa.builder().setting(Xarxa.STORAGE, "memory").clock(CLOCK).arrearsRemoveVote(true).build()) {
            MemberId late = manlleuInArrears(strict);
            EventId autumn = assembly(strict, ASSEMBLY_DAY);

            AssemblyDecision decision = strict.governance().putToVote(PutToVote.of(autumn, "AG 2026-09 #1", accounts(),
                    everyMemberVotesYes(strict))).orElseThrow();

            assertEquals(new Tally(3, 3, 0, 0, 1), decision.tally());
            assertEquals(new CastVote(late, VoteChoice.YES, false, "rights.arrears-remove-vote"), castBy(decision, late));
            assertTrue(decision.consistent());
            assertEquals(Rights.VOICE_WITHOUT_VOTE, strict.members().rightsOn(late, ASSEMBLY_DAY).orElseThrow());
        }
    }

    @Test
    void byDefaultACouncilInArrearsKeepsItsVote() {
        try (Xarxa lenient = Xarxa.builder().setting(Xarxa.STORAGE, "memory").clock(CLOCK).build()) {
            MemberId late = manlleuInArrears(lenient);
            EventId autumn = assembly(lenient, ASSEMBLY_DAY);

            AssemblyDecision decision = lenient.governance().putToVote(PutToVote.of(autumn, "AG 2026-09 #1", accounts(),
                    everyMemberVotesYes(lenient))).orElseThrow();

            assertEquals(new Tally(4, 4, 0, 0, 0), decision.tally());
            assertEquals(new CastVote(late, VoteChoice.YES, true, ""), castBy(decision, late));
            assertEquals(Rights.SERVICES_SUSPENDED, lenient.members().rightsOn(late, ASSEMBLY_DAY).orElseThrow());
        }
    }

    // ---------------------------------------------------------------- admissions

    @Test
    void aCarriedAdmissionAdmitsThePendingCouncilUnderTheDecisionsReferenceInTheSameUnitOfWork() {
        assertEquals(MemberStatus.PENDING, member(granollers).status());

        AssemblyDecision decision = decide("AG 2026-09 #1", new Motion.Admission(granollers),
                allYes(sabadell, manlleu, vic, girona)).orElseThrow();

        assertEquals(Outcome.CARRIED, decision.outcome());
        Member admitted = member(granollers);
        assertEquals(MemberStatus.MEMBER, admitted.status());
        assertEquals(new StatusChange(MemberStatus.MEMBER, ASSEMBLY_DAY, "AG 2026-09 #1"),
                admitted.history().get(admitted.history().size() - 1));
        assertEquals(Rights.FULL, xarxa.members().rightsOn(granollers, ASSEMBLY_DAY).orElseThrow());

        List<JournalEntry> memberHistory = xarxa.history(granollers);
        JournalEntry admittedEntry = memberHistory.get(memberHistory.size() - 1);
        List<JournalEntry> decisionHistory = xarxa.history(AssemblyDecision.AGGREGATE_TYPE, decision.id().toString());
        assertEquals("MemberAdmitted", admittedEntry.eventType());
        assertEquals(1, decisionHistory.size());
        JournalEntry taken = decisionHistory.get(0);
        assertEquals("DecisionTaken", taken.eventType());
        assertEquals(admittedEntry.sequence() + 1, taken.sequence(), "journaled together, one after the other");
        assertEquals(admittedEntry.recordedAt(), taken.recordedAt());
        assertEquals("CARRIED", taken.data().get("outcome"));
        assertEquals("AG 2026-09 #1", taken.data().get("reference"));
    }

    @Test
    void aDefeatedAdmissionLeavesTheCouncilPendingAndIsRecordedDefeated() {
        AssemblyDecision decision = decide("AG 2026-09 #1", new Motion.Admission(granollers),
                List.of(vote(sabadell, VoteChoice.YES), vote(manlleu, VoteChoice.NO), vote(vic, VoteChoice.NO),
                        vote(girona, VoteChoice.ABSTAIN))).orElseThrow();

        assertEquals(Outcome.DEFEATED, decision.outcome());
        assertEquals(decision, xarxa.governance().decision(decision.id()).orElseThrow());
        assertEquals(MemberStatus.PENDING, member(granollers).status());
        assertFalse(eventTypes(granollers).contains("MemberAdmitted"));
    }

    @Test
    void anAdmissionWithoutQuorumAdmitsNobody() {
        AssemblyDecision decision = decide("AG 2026-09 #1", new Motion.Admission(granollers), allYes(sabadell))
                .orElseThrow();

        assertEquals(Outcome.NO_QUORUM, decision.outcome());
        assertEquals(new Tally(4, 1, 0, 0, 0), decision.tally());
        assertEquals(List.of(decision), xarxa.governance().decisions());
        assertEquals(MemberStatus.PENDING, member(granollers).status());
        assertFalse(eventTypes(granollers).contains("MemberAdmitted"));
    }

    // ---------------------------------------------------------------- the other effects

    @Test
    void aCarriedFeePolicyIsApprovedOnTheAssemblysDayUnderTheDecisionsReference() {
        FeePolicy proposed = new FeePolicy(2027, 2026, new FlatFee(Money.euros(800)), FeeTerms.DEFAULT,
                LocalDate.of(2026, 9, 1), "Proposta de la Comissió Executiva");

        AssemblyDecision decision = xarxa.governance().putToVote(PutToVote.feePolicy(assembly, "AG 2026-09 #2", proposed,
                allYes(sabadell, manlleu, vic))).orElseThrow();

        assertEquals(Outcome.CARRIED, decision.outcome());
        assertEquals(new Motion.FeePolicyApproval(2027), decision.motion());
        FeePolicy approved = xarxa.fees().policy(2027).orElseThrow();
        assertEquals(ASSEMBLY_DAY, approved.approvedOn());
        assertEquals("AG 2026-09 #2", approved.decisionReference());
        assertEquals(proposed.rule(), approved.rule());
        assertEquals(2026, approved.populationYear());
    }

    @Test
    void aFeePolicyMotionNeedsThePolicyOfItsYear() {
        FeePolicy of2028 = new FeePolicy(2028, 2027, new FlatFee(Money.euros(800)), FeeTerms.DEFAULT, ASSEMBLY_DAY, "CE");
        assertRefusedAndNothingWritten("decision.policy-missing", () -> xarxa.governance().putToVote(new PutToVote(assembly,
                "AG 2026-09 #2", null, new Motion.FeePolicyApproval(2027), of2028, allYes(sabadell, manlleu, vic), null)));
        assertRefusedAndNothingWritten("decision.policy-missing", () -> xarxa.governance().putToVote(new PutToVote(assembly,
                "AG 2026-09 #2", null, new Motion.FeePolicyApproval(2027), null, allYes(sabadell, manlleu, vic), null)));
    }

    @Test
    void aCarriedBudgetAllocationAllocatesTheGroupsBudget() {
        WorkingGroupId group = xarxa.workingGroups().propose(new ProposeWorkingGroup("Habitatge cooperatiu",
                "housing-cooperatives", null, null, List.of(sabadell), null, LocalDate.of(2026, 1, 15), "CE 2026-01"))
                .orElseThrow().id();
        xarxa.workingGroups().changeStatus(new ChangeGroupStatus(group, GroupStatus.ACTIVE, LocalDate.of(2026, 2, 5),
                "CE 2026-02")).orElseThrow();

        decide("AG 2026-09 #3", new Motion.BudgetAllocation(group, 2026, Money.euros("6000.00")),
                allYes(sabadell, manlleu, vic, girona)).orElseThrow();

        GroupBudget budget = xarxa.workingGroups().budget(group, 2026).orElseThrow();
        assertEquals(Money.euros("6000.00"), budget.allocated());
        BudgetEntry entry = xarxa.workingGroups().ledger(group, 2026).get(0);
        assertEquals(List.of(BudgetEntryKind.ALLOCATION, "AG 2026-09 #3", ASSEMBLY_DAY),
                List.of(entry.kind(), entry.reference(), entry.on()));
    }

    @Test
    void aCarriedBankEnlargementEnlargesTheBank() {
        xarxa.advisories().openBank(new OpenHourBank("2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                Hours.of(40), "AG 2026-03, acord 6", LocalDate.of(2026, 3, 20))).orElseThrow();

        decide("AG 2026-09 #4", new Motion.BankEnlargement("2026", Hours.of(10)), allYes(sabadell, manlleu, vic, girona))
                .orElseThrow();

        assertEquals(Hours.of(50), xarxa.advisories().bank("2026").orElseThrow().granted());
    }

    @Test
    void aCarriedMotionWhoseEffectIsRefusedRecordsNothing() {
        assertRefusedAndNothingWritten("member.illegal-transition", () -> decide("AG 2026-09 #1",
                new Motion.Admission(sabadell), allYes(sabadell, manlleu, vic, girona)));

        xarxa.fees().approvePolicy(new FeePolicy(2026, 2025, new FlatFee(Money.euros(1000)), FeeTerms.DEFAULT,
                LocalDate.of(2026, 3, 20), "AG 2026-03, acord 4")).orElseThrow();
        FeePolicy another = new FeePolicy(2026, 2025, new FlatFee(Money.euros(500)), FeeTerms.DEFAULT, ASSEMBLY_DAY, "CE");
        assertRefusedAndNothingWritten("fee.policy-exists", () -> xarxa.governance().putToVote(PutToVote.feePolicy(assembly,
                "AG 2026-09 #2", another, allYes(sabadell, manlleu, vic, girona))));

        assertRefusedAndNothingWritten("advisory.no-bank", () -> decide("AG 2026-09 #3",
                new Motion.BankEnlargement("2031", Hours.of(10)), allYes(sabadell, manlleu, vic, girona)));

        assertEquals(List.of(), xarxa.governance().decisions());
        assertEquals(Money.euros(1000), ((FlatFee) xarxa.fees().policy(2026).orElseThrow().rule()).amount());
    }

    @Test
    void aMotionTheAssemblyCouldNotCarryIsRefusedEvenWhenDefeated() {
        assertRefusedAndNothingWritten("member.illegal-transition", () -> decide("AG 2026-09 #1",
                new Motion.Admission(sabadell), List.of(vote(sabadell, VoteChoice.NO), vote(manlleu, VoteChoice.NO),
                        vote(vic, VoteChoice.NO))));
    }

    // ---------------------------------------------------------------- refusals

    @Test
    void aCouncilVotesOnceAndOnlyKnownCouncilsVote() {
        assertRefusedAndNothingWritten("decision.duplicate-vote", () -> decide("AG 2026-09 #1", accounts(),
                List.of(vote(sabadell, VoteChoice.YES), vote(manlleu, VoteChoice.YES), vote(sabadell, VoteChoice.NO))));
        assertRefusedAndNothingWritten("member.not-found", () -> decide("AG 2026-09 #1", accounts(),
                List.of(vote(sabadell, VoteChoice.YES), vote(new MemberId(new UUID(7, 7)), VoteChoice.YES))));
    }

    @Test
    void aReferenceCitesOneDecisionOnlyInEveryLanguage() {
        decide("AG 2026-09 #1", accounts(), allYes(sabadell, manlleu, vic)).orElseThrow();

        Decision<AssemblyDecision> again = decide("AG 2026-09 #1", new Motion.General("Posicionament sobre l'habitatge"),
                allYes(sabadell, manlleu, vic));

        assertRefusedFor("decision.reference-taken", again);
        assertEquals(List.of("Ja hi ha un acord amb la referència AG 2026-09 #1."), again.reasons(Localisation.CATALAN));
        assertEquals(List.of("Ya hay un acuerdo con la referencia AG 2026-09 #1."), again.reasons(Localisation.SPANISH));
        assertEquals(List.of("There is already a decision with reference AG 2026-09 #1."),
                again.reasons(Localisation.ENGLISH));
        assertEquals(1, xarxa.governance().decisions().size());
    }

    @Test
    void onlyAnAssemblyThatTakesPlaceDecides() {
        EventId commission = xarxa.governance().schedule(new ScheduleEvent(EventKind.EXECUTIVE_COMMISSION,
                "Comissió Executiva", ASSEMBLY_DAY, null, null, MeetingFormat.VIRTUAL, null, "https://meet.example.cat/ce"))
                .orElseThrow().id();
        assertRefusedAndNothingWritten("decision.not-an-assembly", () -> xarxa.governance().putToVote(PutToVote.of(commission,
                "CE 2026-09 #1", accounts(), allYes(sabadell, manlleu, vic))));

        EventId extraordinary = xarxa.governance().schedule(new ScheduleEvent(EventKind.EXTRAORDINARY_ASSEMBLY,
                "Assemblea extraordinària", LocalDate.of(2026, 7, 2), null, null, MeetingFormat.VIRTUAL, null,
                "https://meet.example.cat/ag")).orElseThrow().id();
        NetworkEvent cancelled = xarxa.governance().cancel(new CancelEvent(extraordinary)).orElseThrow();
        assertRefusedAndNothingWritten("decision.assembly-cancelled", () -> xarxa.governance().putToVote(PutToVote.of(
                cancelled.id(), "AG 2026-07 #1", accounts(), allYes(sabadell, manlleu, vic))));

        assertRefusedAndNothingWritten("event.not-found", () -> xarxa.governance().putToVote(PutToVote.of(
                new EventId(new UUID(7, 7)), "AG 2026-07 #1", accounts(), allYes(sabadell, manlleu, vic))));
    }

    // ---------------------------------------------------------------- rules

    @Test
    void theMajorityDecidesTheOutcome() {
        VotingRules simple = new VotingRules(1, 2, Majority.SIMPLE);
        VotingRules absolute = new VotingRules(1, 2, Majority.ABSOLUTE);
        VotingRules twoThirds = new VotingRules(1, 2, Majority.TWO_THIRDS);

        assertEquals(Outcome.CARRIED, decide("#1", accounts(), simple, twoYesOneNoOneAbstention()).orElseThrow().outcome());
        assertEquals(Outcome.DEFEATED, decide("#2", accounts(), absolute, twoYesOneNoOneAbstention()).orElseThrow().outcome(),
                "two of four is not more than half of the members with vote");
        assertEquals(Outcome.CARRIED, decide("#3", accounts(), twoThirds, twoYesOneNoOneAbstention()).orElseThrow().outcome(),
                "two of three yes or no is two thirds");

        List<Vote> threeToOne = List.of(vote(sabadell, VoteChoice.YES), vote(manlleu, VoteChoice.YES),
                vote(vic, VoteChoice.YES), vote(girona, VoteChoice.NO));
        assertEquals(Outcome.CARRIED, decide("#4", accounts(), absolute, threeToOne).orElseThrow().outcome());
        List<Vote> tied = List.of(vote(sabadell, VoteChoice.YES), vote(manlleu, VoteChoice.YES), vote(vic, VoteChoice.NO),
                vote(girona, VoteChoice.NO));
        assertEquals(Outcome.DEFEATED, decide("#5", accounts(), simple, tied).orElseThrow().outcome());
        assertEquals(Outcome.DEFEATED, decide("#6", accounts(), twoThirds, tied).orElseThrow().outcome());

        assertEquals(Outcome.NO_QUORUM, decide("#7", accounts(), new VotingRules(2, 3, Majority.SIMPLE),
                allYes(sabadell, manlleu)).orElseThrow().outcome(), "two of four is short of two thirds");
        assertEquals(Outcome.CARRIED, decide("#8", accounts(), simple, allYes(sabadell, manlleu)).orElseThrow().outcome(),
                "two of four is half");
        assertTrue(xarxa.governance().decisions().stream().allMatch(AssemblyDecision::consistent));
    }

    @Test
    void aMotionsOwnRulesOverrideTheNetworksWhichOverrideTheDefault() {
        VotingRules absolute = new VotingRules(1, 2, Majority.ABSOLUTE);
        try (Xarxa strict = Xarxa.builder().setting(Xarxa.STORAGE, "memory").clock(CLOCK).votingRules(absolute).build()) {
            List<MemberId> four = new ArrayList<>();
            for (String code : List.of("081878", "081120", "082981", "170792")) {
                four.add(admitted(strict, code));
            }
            EventId autumn = assembly(strict, ASSEMBLY_DAY);
            List<Vote> votes = List.of(vote(four.get(0), VoteChoice.YES), vote(four.get(1), VoteChoice.YES),
                    vote(four.get(2), VoteChoice.NO), vote(four.get(3), VoteChoice.ABSTAIN));

            AssemblyDecision networks = strict.governance().putToVote(PutToVote.of(autumn, "#1", accounts(), votes))
                    .orElseThrow();
            AssemblyDecision own = strict.governance().putToVote(new PutToVote(autumn, "#2", null, accounts(), null, votes,
                    VotingRules.DEFAULT)).orElseThrow();

            assertEquals(absolute, networks.rules());
            assertEquals(Outcome.DEFEATED, networks.outcome());
            assertEquals(VotingRules.DEFAULT, own.rules());
            assertEquals(Outcome.CARRIED, own.outcome());
        }
        AssemblyDecision byDefault = decide("#1", accounts(), twoYesOneNoOneAbstention()).orElseThrow();
        assertEquals(VotingRules.DEFAULT, byDefault.rules());
        assertEquals(Outcome.CARRIED, byDefault.outcome());
    }
}

package cat.xarxa;

import static cat.xarxa.ReasonAssertions.assertRefusedFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.care.NeedCategories;
import cat.xarxa.care.NeedId;
import cat.xarxa.care.RaiseNeed;
import cat.xarxa.common.Decision;
import cat.xarxa.common.IneCode;
import cat.xarxa.common.JournalEntry;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.common.Money;
import cat.xarxa.member.AdmitMember;
import cat.xarxa.member.ApplyForMembership;
import cat.xarxa.member.AppointPerson;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import cat.xarxa.member.RegisterPerson;
import cat.xarxa.member.Role;
import cat.xarxa.memory.MemoryStorageProvider;
import cat.xarxa.partner.PartnerId;
import cat.xarxa.partner.PartnerKind;
import cat.xarxa.partner.RegisterPartner;
import cat.xarxa.spi.Storage;
import cat.xarxa.spi.StorageConfig;
import cat.xarxa.workinggroup.BudgetEntry;
import cat.xarxa.workinggroup.BudgetEntryId;
import cat.xarxa.workinggroup.BudgetEntryKind;
import cat.xarxa.workinggroup.ChangeGroupStatus;
import cat.xarxa.workinggroup.EnterBudget;
import cat.xarxa.workinggroup.GroupBudget;
import cat.xarxa.workinggroup.GroupBudgetReport;
import cat.xarxa.workinggroup.GroupMeeting;
import cat.xarxa.workinggroup.GroupProduct;
import cat.xarxa.workinggroup.GroupProductId;
import cat.xarxa.workinggroup.GroupStatus;
import cat.xarxa.workinggroup.GroupStep;
import cat.xarxa.workinggroup.JoinGroup;
import cat.xarxa.workinggroup.LeaveGroup;
import cat.xarxa.workinggroup.Participation;
import cat.xarxa.workinggroup.ProductKind;
import cat.xarxa.workinggroup.ProductStatus;
import cat.xarxa.workinggroup.ProposeWorkingGroup;
import cat.xarxa.workinggroup.RecordGroupMeeting;
import cat.xarxa.workinggroup.RecordGroupProduct;
import cat.xarxa.workinggroup.WorkingGroup;
import cat.xarxa.workinggroup.WorkingGroupId;
import cat.xarxa.workinggroup.WorkingGroups;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Working groups through the facade, one rule at a time: proposed from a member's need, activated
 * and closed (never with money still committed), councils and people taking part from a date until
 * they leave, virtual meetings while active, products made with partner organisations that only
 * move forward, a yearly budget kept as a ledger in exact euros that is never overspent without an
 * approved increase, and the reports the network draws from them.
 */
class XarxaWorkingGroupsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), Xarxa.NETWORK_ZONE);
    private static final LocalDate APPLIED = LocalDate.of(2025, 2, 3);
    private static final LocalDate ADMITTED = LocalDate.of(2025, 4, 22);
    private static final LocalDate APPOINTED = LocalDate.of(2025, 5, 1);
    private static final LocalDate RAISED = LocalDate.of(2025, 11, 10);
    private static final LocalDate PROPOSED = LocalDate.of(2026, 1, 15);
    private static final LocalDate ACTIVATED = LocalDate.of(2026, 2, 5);
    private static final LocalDate JOINED = LocalDate.of(2026, 2, 10);
    private static final LocalDate MET = LocalDate.of(2026, 3, 4);
    private static final LocalDate LEFT = LocalDate.of(2026, 4, 30);
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 5, 20);
    private static final LocalDate CLOSED = LocalDate.of(2026, 12, 18);
    private static final int YEAR = 2026;

    private static final String HOUSING = "housing-cooperatives";
    private static final String CARE = "care-policies";
    private static final String DIGITAL = "digitalisation";

    private final Storage storage = new MemoryStorageProvider().open(new StorageConfig(Map.of(), Map.of()));
    private final Xarxa xarxa = Xarxa.builder().storage(storage).clock(CLOCK).build();
    private final WorkingGroups groups = xarxa.workingGroups();
    private final MemberId sabadell = admitted("081878");
    private final MemberId manlleu = admitted("081120");
    /** Applied, not yet admitted: pending members may take part in working groups. */
    private final MemberId vic = xarxa.members().apply(new ApplyForMembership(IneCode.parse("082981"), APPLIED)).orElseThrow();
    private final PersonId marta = person("Marta Puig", sabadell);
    private final PersonId joan = person("Joan Serra", manlleu);
    private final PartnerId federation = partner("Federació de Cooperatives d'Habitatge de Catalunya", PartnerKind.FEDERATION);
    private final PartnerId feministEconomies = partner("Grup d'economies feministes de la XES", PartnerKind.NETWORK);

    @AfterEach
    void close() {
        xarxa.close();
    }

    // ---------------------------------------------------------------- fixture

    private MemberId admitted(String ineCode) {
        MemberId id = xarxa.members().apply(new ApplyForMembership(IneCode.parse(ineCode), APPLIED)).orElseThrow();
        xarxa.members().admit(new AdmitMember(id, ADMITTED, "AG 2025-04")).orElseThrow();
        return id;
    }

    private PersonId person(String name, MemberId council) {
        PersonId id = xarxa.people().register(new RegisterPerson(name)).orElseThrow();
        xarxa.members().appoint(new AppointPerson(council, id, Role.TECHNICAL_CONTACT, APPOINTED)).orElseThrow();
        return id;
    }

    private PartnerId partner(String name, PartnerKind kind) {
        return xarxa.partners().register(new RegisterPartner(name, kind, null, null)).orElseThrow();
    }

    private NeedId housingNeed() {
        return xarxa.care().raiseNeed(new RaiseNeed(manlleu, NeedCategories.HIRING_AND_PROCUREMENT,
                "Cessió de sòl públic a cooperatives d'habitatge en dret d'ús", RAISED, null)).orElseThrow();
    }

    private Decision<WorkingGroup> propose(String name, String theme, NeedId need) {
        return groups.propose(new ProposeWorkingGroup(name, theme, "Guies i campanyes per als ajuntaments", need,
                List.of(sabadell), marta, PROPOSED, "CE 2026-01, acord 3"));
    }

    private WorkingGroup proposed(String name, String theme) {
        return propose(name, theme, null).orElseThrow();
    }

    private Decision<WorkingGroup> move(WorkingGroupId group, GroupStatus to, LocalDate on) {
        return groups.changeStatus(new ChangeGroupStatus(group, to, on, "CE " + on));
    }

    private WorkingGroup active(String name, String theme) {
        return move(proposed(name, theme).id(), GroupStatus.ACTIVE, ACTIVATED).orElseThrow();
    }

    private WorkingGroup housing() {
        return active("Habitatge cooperatiu", HOUSING);
    }

    private Decision<WorkingGroup> join(WorkingGroupId group, MemberId council, PersonId person, LocalDate on) {
        return groups.join(new JoinGroup(group, council, person, on));
    }

    private Decision<WorkingGroup> leave(WorkingGroupId group, MemberId council, PersonId person, LocalDate on) {
        return groups.leave(new LeaveGroup(group, council, person, on));
    }

    private Decision<WorkingGroup> product(WorkingGroupId group, GroupProductId product, String title, ProductStatus status,
                                           LocalDate publishedOn, PartnerId... partners) {
        return groups.product(new RecordGroupProduct(group, product, title, ProductKind.GUIDE, status, publishedOn,
                List.of(partners)));
    }

    private Decision<GroupBudget> enter(WorkingGroupId group, BudgetEntryKind kind, String euros, String reference,
                                        BudgetEntryId commitment) {
        return groups.enter(new EnterBudget(group, YEAR, kind, Money.euros(euros), LocalDate.of(YEAR, 3, 1), reference,
                commitment));
    }

    private Decision<GroupBudget> enter(WorkingGroupId group, BudgetEntryKind kind, String euros) {
        return enter(group, kind, euros, kind + " " + euros, null);
    }

    /** The id of the last entry of a group's ledger of the year, as it is the only way to name a commitment. */
    private BudgetEntryId commit(WorkingGroupId group, String euros, String contract) {
        enter(group, BudgetEntryKind.COMMITMENT, euros, contract, null).orElseThrow();
        return groups.ledger(group, YEAR).stream().filter(e -> e.reference().equals(contract)).findFirst().orElseThrow().id();
    }

    private GroupBudget budget(WorkingGroupId group) {
        return groups.budget(group, YEAR).orElseThrow();
    }

    private WorkingGroup group(WorkingGroupId id) {
        return groups.group(id).orElseThrow();
    }

    private List<String> events(WorkingGroupId id) {
        return xarxa.history(WorkingGroup.AGGREGATE_TYPE, id.toString()).stream().map(JournalEntry::eventType).toList();
    }

    private static Money euros(String amount) {
        return Money.euros(amount);
    }

    // ---------------------------------------------------------------- what nothing written means

    private record Written(long journal, List<WorkingGroup> groups, List<GroupBudget> budgets, List<BudgetEntry> ledger) {
    }

    private Written written() {
        return storage.transaction(tx -> {
            try (Stream<WorkingGroup> all = tx.workingGroups().groups();
                 Stream<GroupBudget> budgets = tx.workingGroups().budgets();
                 Stream<BudgetEntry> entries = tx.workingGroups().entries()) {
                return new Written(tx.journal().size(), all.toList(), budgets.toList(), entries.toList());
            }
        });
    }

    /** Refused for the code, explained in ca, es and en, and the store is as it was, journal included. */
    private void assertRefusedAndNothingWritten(String code, Supplier<Decision<?>> command) {
        Written before = written();
        Decision<?> decision = command.get();
        assertRefusedFor(code, decision);
        assertEquals(before, written(), () -> "a refusal wrote something: " + decision.reasons());
    }

    // ---------------------------------------------------------------- proposed from a need

    @Test
    void aGroupProposedFromARecordedNeedKeepsTheLinkToIt() {
        NeedId need = housingNeed();

        WorkingGroup group = propose("Habitatge cooperatiu", HOUSING, need).orElseThrow();

        WorkingGroup stored = group(group.id());
        assertEquals(need, stored.need());
        assertEquals(GroupStatus.PROPOSED, stored.status());
        assertEquals(List.of(sabadell), stored.coordinators());
        assertEquals(marta, stored.coordinator());
        assertEquals(HOUSING, stored.theme());
        assertEquals(List.of(new GroupStep(GroupStatus.PROPOSED, PROPOSED, "CE 2026-01, acord 3")), stored.history());
        assertEquals(List.of("WorkingGroupProposed"), events(group.id()));
        assertTrue(xarxa.care().needsOf(manlleu).stream().anyMatch(n -> n.id().equals(need)), "the need is still there");
    }

    @Test
    void aGroupMayAlsoBeProposedWithoutANeed() {
        WorkingGroup group = proposed("Crisi climàtica", "climate-crisis");

        assertNull(group(group.id()).need());
    }

    @Test
    void aGroupProposedFromAnUnknownNeedIsRefused() {
        assertRefusedAndNothingWritten("need.not-found",
                () -> propose("Habitatge cooperatiu", HOUSING, new NeedId(new UUID(7, 7))));
        assertEquals(List.of(), groups.groups());
    }

    @Test
    void aGroupCoordinatedByAnUnknownCouncilIsRefused() {
        assertRefusedAndNothingWritten("member.not-found", () -> groups.propose(new ProposeWorkingGroup("Habitatge cooperatiu",
                HOUSING, null, null, List.of(new MemberId(new UUID(7, 7))), null, PROPOSED, null)));
    }

    // ---------------------------------------------------------------- activated and closed

    @Test
    void aGroupIsActivatedThenClosedAndKeepsItsHistory() {
        WorkingGroupId id = proposed("Habitatge cooperatiu", HOUSING).id();

        move(id, GroupStatus.ACTIVE, ACTIVATED).orElseThrow();
        WorkingGroup closed = move(id, GroupStatus.CLOSED, CLOSED).orElseThrow();

        assertEquals(GroupStatus.CLOSED, group(id).status());
        assertEquals(List.of(GroupStatus.PROPOSED, GroupStatus.ACTIVE, GroupStatus.CLOSED),
                closed.history().stream().map(GroupStep::status).toList());
        assertEquals(List.of(PROPOSED, ACTIVATED, CLOSED), closed.history().stream().map(GroupStep::on).toList());
        assertEquals(List.of("WorkingGroupProposed", "WorkingGroupActivated", "WorkingGroupClosed"), events(id));
    }

    @Test
    void aClosedGroupDoesNotReopenNorGoBackInTime() {
        WorkingGroupId id = housing().id();
        assertRefusedAndNothingWritten("group.date-before-last", () -> move(id, GroupStatus.CLOSED, PROPOSED));
        move(id, GroupStatus.CLOSED, CLOSED).orElseThrow();

        assertRefusedAndNothingWritten("group.illegal-transition", () -> move(id, GroupStatus.ACTIVE, CLOSED));
        assertRefusedAndNothingWritten("group.not-found", () -> move(new WorkingGroupId(new UUID(7, 7)), GroupStatus.ACTIVE,
                ACTIVATED));
    }

    @Test
    void aGroupWithOpenCommitmentsIsNotClosedUntilTheyAreReleasedOrSpent() {
        WorkingGroupId id = housing().id();
        enter(id, BudgetEntryKind.ALLOCATION, "6000.00", "AG 2026-01, acord 4", null).orElseThrow();
        BudgetEntryId contract = commit(id, "2500.00", "Contracte de maquetació de la guia");

        assertRefusedAndNothingWritten("group.open-commitments", () -> move(id, GroupStatus.CLOSED, CLOSED));
        assertEquals(GroupStatus.ACTIVE, group(id).status());

        enter(id, BudgetEntryKind.EXPENSE, "1800.00", "Factura 2026/112", contract).orElseThrow();
        assertRefusedAndNothingWritten("group.open-commitments", () -> move(id, GroupStatus.CLOSED, CLOSED));
        enter(id, BudgetEntryKind.RELEASE, "700.00", "Tancament del contracte", contract).orElseThrow();

        move(id, GroupStatus.CLOSED, CLOSED).orElseThrow();
        assertEquals(GroupStatus.CLOSED, group(id).status());
    }

    // ---------------------------------------------------------------- participants

    @Test
    void councilsPendingOnesIncludedAndTheirPeopleTakePartFromADate() {
        WorkingGroupId id = housing().id();

        join(id, sabadell, null, JOINED).orElseThrow();
        join(id, vic, null, JOINED).orElseThrow();
        join(id, sabadell, marta, JOINED).orElseThrow();
        WorkingGroup group = join(id, manlleu, joan, MET).orElseThrow();

        assertEquals(List.of(new Participation(sabadell, null, JOINED, null), new Participation(vic, null, JOINED, null),
                new Participation(sabadell, marta, JOINED, null), new Participation(manlleu, joan, MET, null)),
                group(id).participants());
        assertEquals(group, group(id));
        assertEquals(List.of("WorkingGroupProposed", "WorkingGroupActivated", "GroupJoined", "GroupJoined", "GroupJoined",
                "GroupJoined"), events(id));
    }

    @Test
    void whoLeavesKeepsTheirPastParticipationAndMayComeBack() {
        WorkingGroupId id = housing().id();
        join(id, sabadell, marta, JOINED).orElseThrow();

        leave(id, sabadell, marta, LEFT).orElseThrow();
        join(id, sabadell, marta, CLOSED.minusMonths(1)).orElseThrow();

        assertEquals(List.of(new Participation(sabadell, marta, JOINED, LEFT),
                new Participation(sabadell, marta, CLOSED.minusMonths(1), null)), group(id).participants());
        assertEquals(List.of("WorkingGroupProposed", "WorkingGroupActivated", "GroupJoined", "GroupLeft", "GroupJoined"),
                events(id));
    }

    @Test
    void whoAlreadyTakesPartDoesNotJoinTwice() {
        WorkingGroupId id = housing().id();
        join(id, sabadell, null, JOINED).orElseThrow();
        join(id, sabadell, marta, JOINED).orElseThrow();

        assertRefusedAndNothingWritten("group.already-participating", () -> join(id, sabadell, null, MET));
        assertRefusedAndNothingWritten("group.already-participating", () -> join(id, sabadell, marta, MET));
    }

    @Test
    void whoDoesNotTakePartCannotLeave() {
        WorkingGroupId id = housing().id();
        join(id, sabadell, marta, JOINED).orElseThrow();

        assertRefusedAndNothingWritten("group.not-participating", () -> leave(id, manlleu, null, LEFT));
        assertRefusedAndNothingWritten("group.not-participating", () -> leave(id, sabadell, null, LEFT));
        leave(id, sabadell, marta, LEFT).orElseThrow();
        assertRefusedAndNothingWritten("group.not-participating", () -> leave(id, sabadell, marta, LEFT.plusDays(1)));
    }

    @Test
    void nobodyLeavesBeforeTheyJoined() {
        WorkingGroupId id = housing().id();
        join(id, manlleu, joan, MET).orElseThrow();

        assertRefusedAndNothingWritten("group.leave-before-join", () -> leave(id, manlleu, joan, MET.minusDays(1)));
    }

    @Test
    void anUnknownCouncilOrPersonDoesNotJoin() {
        WorkingGroupId id = housing().id();

        assertRefusedAndNothingWritten("member.not-found", () -> join(id, new MemberId(new UUID(7, 7)), null, JOINED));
        assertRefusedAndNothingWritten("person.not-found", () -> join(id, sabadell, new PersonId(new UUID(7, 7)), JOINED));
    }

    @Test
    void nobodyJoinsAClosedGroup() {
        WorkingGroupId id = housing().id();
        move(id, GroupStatus.CLOSED, CLOSED).orElseThrow();

        assertRefusedAndNothingWritten("group.closed", () -> join(id, sabadell, null, CLOSED));
    }

    // ---------------------------------------------------------------- meetings

    @Test
    void anActiveGroupMeetsVirtuallyUnlessToldOtherwise() {
        WorkingGroupId id = housing().id();

        groups.meet(new RecordGroupMeeting(id, MET, null, List.of(marta, joan), "Índex de la guia")).orElseThrow();
        groups.meet(new RecordGroupMeeting(id, JOINED, MeetingFormat.IN_PERSON, List.of(marta), null)).orElseThrow();

        assertEquals(List.of(new GroupMeeting(JOINED, MeetingFormat.IN_PERSON, List.of(marta), ""),
                new GroupMeeting(MET, MeetingFormat.VIRTUAL, List.of(marta, joan), "Índex de la guia")), group(id).meetings());
        List<JournalEntry> held = xarxa.history(WorkingGroup.AGGREGATE_TYPE, id.toString()).stream()
                .filter(e -> e.eventType().equals("GroupMeetingHeld")).toList();
        assertEquals(2, held.size());
        assertTrue(held.stream().noneMatch(e -> e.data().containsValue("Índex de la guia")), "the minutes stay out");
    }

    @Test
    void onlyAnActiveGroupMeets() {
        WorkingGroupId id = proposed("Habitatge cooperatiu", HOUSING).id();

        assertRefusedAndNothingWritten("group.not-active", () -> groups.meet(new RecordGroupMeeting(id, MET, null,
                List.of(marta), null)));
        move(id, GroupStatus.ACTIVE, ACTIVATED).orElseThrow();
        move(id, GroupStatus.CLOSED, CLOSED).orElseThrow();
        assertRefusedAndNothingWritten("group.not-active", () -> groups.meet(new RecordGroupMeeting(id, CLOSED, null,
                List.of(marta), null)));
    }

    @Test
    void aMeetingWithAnUnknownAttendeeIsRefused() {
        WorkingGroupId id = housing().id();

        assertRefusedAndNothingWritten("person.not-found", () -> groups.meet(new RecordGroupMeeting(id, MET, null,
                List.of(marta, new PersonId(new UUID(7, 7))), null)));
    }

    // ---------------------------------------------------------------- products with partner organisations

    @Test
    void aGuideWithTheHousingFederationGoesFromPlannedToPublished() {
        WorkingGroupId id = housing().id();
        String title = "Guia d'habitatge cooperatiu per a l'administració local";

        GroupProduct planned = product(id, null, title, ProductStatus.PLANNED, null, federation).orElseThrow().products().get(0);
        assertNull(planned.publishedOn());
        GroupProduct writing = product(id, planned.id(), title, ProductStatus.IN_PROGRESS, null, federation).orElseThrow()
                .products().get(0);
        assertNull(writing.publishedOn());
        product(id, planned.id(), title, ProductStatus.PUBLISHED, PUBLISHED, federation).orElseThrow();

        assertEquals(List.of(new GroupProduct(planned.id(), title, ProductKind.GUIDE, ProductStatus.PUBLISHED, PUBLISHED,
                List.of(federation))), group(id).products());
        assertEquals(3, events(id).stream().filter("GroupProductRecorded"::equals).count());
    }

    @Test
    void aCarePolicyGuideIsMadeWithTheFeministEconomiesGroup() {
        WorkingGroupId id = active("Polítiques de cures", CARE).id();

        GroupProduct guide = product(id, null, "Guia de polítiques públiques de cures", ProductStatus.IN_PROGRESS, null,
                feministEconomies).orElseThrow().products().get(0);

        assertEquals(List.of(feministEconomies), guide.partners());
        assertEquals(ProductStatus.IN_PROGRESS, group(id).products().get(0).status());
    }

    @Test
    void aProductNeverGoesBack() {
        WorkingGroupId id = housing().id();
        GroupProductId guide = product(id, null, "Guia", ProductStatus.IN_PROGRESS, null, federation).orElseThrow()
                .products().get(0).id();

        assertRefusedAndNothingWritten("group.product-backwards", () -> product(id, guide, "Guia", ProductStatus.PLANNED,
                null, federation));
        product(id, guide, "Guia", ProductStatus.PUBLISHED, PUBLISHED, federation).orElseThrow();
        assertRefusedAndNothingWritten("group.product-backwards", () -> product(id, guide, "Guia", ProductStatus.IN_PROGRESS,
                null, federation));
    }

    @Test
    void aProductHasAPublicationDateOnlyWhenPublished() {
        WorkingGroupId id = housing().id();

        assertRefusedAndNothingWritten("group.publication-date", () -> product(id, null, "Guia", ProductStatus.IN_PROGRESS,
                PUBLISHED, federation));
        assertRefusedAndNothingWritten("group.publication-date", () -> product(id, null, "Guia", ProductStatus.PUBLISHED,
                null, federation));
    }

    @Test
    void aProductWithAnUnknownPartnerOrOfAnotherGroupIsRefused() {
        WorkingGroupId id = housing().id();
        WorkingGroupId care = active("Polítiques de cures", CARE).id();
        GroupProductId ofCare = product(care, null, "Guia de cures", ProductStatus.PLANNED, null, feministEconomies)
                .orElseThrow().products().get(0).id();

        assertRefusedAndNothingWritten("partner.not-found", () -> product(id, null, "Guia", ProductStatus.PLANNED, null,
                federation, new PartnerId(new UUID(7, 7))));
        assertRefusedAndNothingWritten("group.product-not-found", () -> product(id, ofCare, "Guia de cures",
                ProductStatus.IN_PROGRESS, null));
    }

    @Test
    void aClosedGroupRecordsNoProduct() {
        WorkingGroupId id = housing().id();
        move(id, GroupStatus.CLOSED, CLOSED).orElseThrow();

        assertRefusedAndNothingWritten("group.closed", () -> product(id, null, "Guia", ProductStatus.PLANNED, null));
    }

    // ---------------------------------------------------------------- the budget

    @Test
    void theBudgetIsAllocatedCommittedAndSpentInExactEuros() {
        WorkingGroupId id = housing().id();

        enter(id, BudgetEntryKind.ALLOCATION, "12000.00", "AG 2026-01, acord 4", null).orElseThrow();
        BudgetEntryId contract = commit(id, "4500.50", "Contracte de redacció de la guia");
        enter(id, BudgetEntryKind.EXPENSE, "1200.25", "Factura 2026/031", contract).orElseThrow();
        GroupBudget budget = enter(id, BudgetEntryKind.EXPENSE, "350.10", "Factura 2026/047", null).orElseThrow();

        assertEquals(budget, budget(id));
        assertEquals(euros("12000.00"), budget.allocated());
        assertEquals(Money.ZERO, budget.increased());
        assertEquals(euros("3300.25"), budget.committed());
        assertEquals(euros("1550.35"), budget.spent());
        assertEquals(euros("7149.40"), budget.remaining());

        List<BudgetEntry> ledger = groups.ledger(id, YEAR);
        assertEquals(List.of(BudgetEntryKind.ALLOCATION, BudgetEntryKind.COMMITMENT, BudgetEntryKind.EXPENSE,
                BudgetEntryKind.EXPENSE), ledger.stream().map(BudgetEntry::kind).sorted().toList());
        BudgetEntry allocation = ledger.stream().filter(e -> e.kind() == BudgetEntryKind.ALLOCATION).findFirst().orElseThrow();
        assertEquals("AG 2026-01, acord 4", allocation.reference());
        assertEquals(List.of(contract), ledger.stream().filter(e -> e.reference().equals("Factura 2026/031"))
                .map(BudgetEntry::commitment).toList());
        assertEquals(4, xarxa.history(BudgetEntry.AGGREGATE_TYPE, id + "/" + YEAR).size());
        assertEquals(List.of(), groups.ledger(id, YEAR + 1));
    }

    @Test
    void anOverspendIsRefusedUntilAnIncreaseIsEnteredFirst() {
        WorkingGroupId id = housing().id();
        enter(id, BudgetEntryKind.ALLOCATION, "3000.00", "AG 2026-01, acord 4", null).orElseThrow();
        commit(id, "2000.00", "Contracte de disseny");

        assertRefusedAndNothingWritten("group.budget-exceeded",
                () -> enter(id, BudgetEntryKind.EXPENSE, "1000.01", "Factura 2026/090", null));
        assertRefusedAndNothingWritten("group.budget-exceeded",
                () -> enter(id, BudgetEntryKind.COMMITMENT, "1000.01", "Contracte d'impressió", null));

        enter(id, BudgetEntryKind.INCREASE, "500.00", "CE 2026-05, acord 2", null).orElseThrow();
        GroupBudget budget = enter(id, BudgetEntryKind.EXPENSE, "1000.01", "Factura 2026/090", null).orElseThrow();

        assertEquals(euros("500.00"), budget.increased());
        assertEquals(euros("499.99"), budget.remaining());
        enter(id, BudgetEntryKind.EXPENSE, "499.99", "Factura 2026/091", null).orElseThrow();
        assertEquals(Money.ZERO, budget(id).remaining());
        assertRefusedAndNothingWritten("group.budget-exceeded",
                () -> enter(id, BudgetEntryKind.EXPENSE, "0.01", "Factura 2026/092", null));
    }

    @Test
    void theWorkedExampleOfTheWorkingGroupsPageAddsUpToTheCent() {
        WorkingGroupId id = housing().id();
        enter(id, BudgetEntryKind.ALLOCATION, "3000.00", "CE 2026-02", null).orElseThrow();
        BudgetEntryId layout = commit(id, "2400.00", "Maquetació de la guia");
        enter(id, BudgetEntryKind.EXPENSE, "2380.50", "Factura de maquetació", layout).orElseThrow();
        enter(id, BudgetEntryKind.RELEASE, "19.50", "Sobrant de la maquetació", layout).orElseThrow();

        assertRefusedAndNothingWritten("group.budget-exceeded",
                () -> enter(id, BudgetEntryKind.EXPENSE, "900.00", "Impremta", null));
        assertEquals(euros("619.50"), budget(id).remaining());
        enter(id, BudgetEntryKind.INCREASE, "300.00", "CE 2026-06", null).orElseThrow();
        enter(id, BudgetEntryKind.EXPENSE, "900.00", "Impremta", null).orElseThrow();

        assertEquals(List.of(new GroupBudgetReport(id, "Habitatge cooperatiu", YEAR, euros("3300.00"), Money.ZERO,
                euros("3280.50"), euros("19.50"))), groups.budgetsOf(YEAR));
    }

    @Test
    void nothingIsSpentBeforeAnyAllocation() {
        WorkingGroupId id = housing().id();

        assertRefusedAndNothingWritten("group.budget-exceeded",
                () -> enter(id, BudgetEntryKind.EXPENSE, "10.00", "Factura", null));
        assertTrue(groups.budget(id, YEAR).isEmpty());
    }

    @Test
    void aReleasedCommitmentGoesBackToWhatRemains() {
        WorkingGroupId id = housing().id();
        enter(id, BudgetEntryKind.ALLOCATION, "5000.00", "AG 2026-01, acord 4", null).orElseThrow();
        BudgetEntryId contract = commit(id, "3000.00", "Contracte d'impressió");

        GroupBudget released = enter(id, BudgetEntryKind.RELEASE, "1250.75", "Menys exemplars", contract).orElseThrow();

        assertEquals(euros("1749.25"), released.committed());
        assertEquals(euros("3250.75"), released.remaining());
        assertRefusedAndNothingWritten("group.beyond-commitment",
                () -> enter(id, BudgetEntryKind.RELEASE, "1749.26", "Anul·lació", contract));
        enter(id, BudgetEntryKind.RELEASE, "1749.25", "Anul·lació", contract).orElseThrow();
        assertEquals(Money.ZERO, budget(id).committed());
        assertEquals(euros("5000.00"), budget(id).remaining());
    }

    @Test
    void anExpenseAgainstACommitmentCannotTakeMoreThanItHolds() {
        WorkingGroupId id = housing().id();
        enter(id, BudgetEntryKind.ALLOCATION, "5000.00", "AG 2026-01, acord 4", null).orElseThrow();
        BudgetEntryId contract = commit(id, "1000.00", "Contracte de maquetació");
        enter(id, BudgetEntryKind.EXPENSE, "600.00", "Factura 2026/020", contract).orElseThrow();

        assertRefusedAndNothingWritten("group.beyond-commitment",
                () -> enter(id, BudgetEntryKind.EXPENSE, "400.01", "Factura 2026/021", contract));
        GroupBudget budget = enter(id, BudgetEntryKind.EXPENSE, "400.00", "Factura 2026/021", contract).orElseThrow();

        assertEquals(Money.ZERO, budget.committed());
        assertEquals(euros("1000.00"), budget.spent());
        assertEquals(euros("4000.00"), budget.remaining());
    }

    @Test
    void aBudgetEntryMustBePositiveAndNameARealCommitment() {
        WorkingGroupId id = housing().id();
        enter(id, BudgetEntryKind.ALLOCATION, "5000.00", "AG 2026-01, acord 4", null).orElseThrow();

        assertRefusedAndNothingWritten("group.amount-not-positive",
                () -> enter(id, BudgetEntryKind.ALLOCATION, "0.00", "AG", null));
        assertRefusedAndNothingWritten("group.amount-not-positive",
                () -> enter(id, BudgetEntryKind.EXPENSE, "-10.00", "Abonament", null));
        assertRefusedAndNothingWritten("group.commitment-not-found",
                () -> enter(id, BudgetEntryKind.EXPENSE, "10.00", "Factura", new BudgetEntryId(new UUID(7, 7))));
        assertRefusedAndNothingWritten("group.commitment-not-found",
                () -> enter(id, BudgetEntryKind.RELEASE, "10.00", "Alliberament", null));
        BudgetEntryId allocation = groups.ledger(id, YEAR).get(0).id();
        assertRefusedAndNothingWritten("group.commitment-not-found",
                () -> enter(id, BudgetEntryKind.RELEASE, "10.00", "Alliberament", allocation));
    }

    @Test
    void aClosedOrUnknownGroupHasNoBudgetEntries() {
        WorkingGroupId id = housing().id();
        move(id, GroupStatus.CLOSED, CLOSED).orElseThrow();

        assertRefusedAndNothingWritten("group.closed",
                () -> enter(id, BudgetEntryKind.ALLOCATION, "1000.00", "AG 2026-01", null));
        assertRefusedAndNothingWritten("group.not-found",
                () -> enter(new WorkingGroupId(new UUID(7, 7)), BudgetEntryKind.ALLOCATION, "1000.00", "AG 2026-01", null));
    }

    // ---------------------------------------------------------------- reports

    @Test
    void groupsAreCountedByStatusAndTheme() {
        housing();
        active("Habitatge en dret d'ús", HOUSING);
        proposed("Polítiques de cures", CARE);
        WorkingGroupId digital = proposed("Digitalisació", DIGITAL).id();
        move(digital, GroupStatus.CLOSED, CLOSED).orElseThrow();

        assertEquals(Map.of(GroupStatus.ACTIVE, Map.of(HOUSING, 2L), GroupStatus.PROPOSED, Map.of(CARE, 1L),
                GroupStatus.CLOSED, Map.of(DIGITAL, 1L)), groups.byStatusAndTheme());
    }

    @Test
    void participationCountsTheGroupsEachCouncilTakesPartInOnADate() {
        WorkingGroupId housing = housing().id();
        WorkingGroupId care = active("Polítiques de cures", CARE).id();
        join(housing, sabadell, null, JOINED).orElseThrow();
        join(housing, sabadell, marta, JOINED).orElseThrow();
        join(housing, vic, null, JOINED).orElseThrow();
        join(care, sabadell, null, MET).orElseThrow();
        join(care, manlleu, joan, MET).orElseThrow();
        leave(care, sabadell, null, LEFT).orElseThrow();

        assertEquals(Map.of(sabadell, 1L, vic, 1L), groups.participationOn(JOINED));
        assertEquals(Map.of(sabadell, 2L, vic, 1L, manlleu, 1L), groups.participationOn(MET));
        assertEquals(Map.of(sabadell, 1L, vic, 1L, manlleu, 1L), groups.participationOn(LEFT));
        assertEquals(Map.of(), groups.participationOn(ACTIVATED));
    }

    @Test
    void theProductsPublishedInAYearComeWithTheirPartners() {
        WorkingGroupId housing = housing().id();
        WorkingGroupId care = active("Polítiques de cures", CARE).id();
        product(housing, null, "Guia d'habitatge cooperatiu", ProductStatus.PUBLISHED, PUBLISHED, federation).orElseThrow();
        product(care, null, "Guia de polítiques de cures", ProductStatus.PUBLISHED, LocalDate.of(2027, 1, 20),
                feministEconomies).orElseThrow();
        product(care, null, "Campanya de cures", ProductStatus.IN_PROGRESS, null, feministEconomies).orElseThrow();

        List<GroupProduct> published = groups.publishedIn(YEAR);

        assertEquals(List.of("Guia d'habitatge cooperatiu"), published.stream().map(GroupProduct::title).toList());
        assertEquals(List.of(federation), published.get(0).partners());
        assertEquals(List.of("Guia de polítiques de cures"),
                groups.publishedIn(2027).stream().map(GroupProduct::title).toList());
        assertEquals(List.of(feministEconomies), groups.publishedIn(2027).get(0).partners());
    }

    @Test
    void theBudgetsOfAYearShowWhatWasExecutedAgainstWhatWasAllocated() {
        WorkingGroupId housing = housing().id();
        WorkingGroupId care = active("Polítiques de cures", CARE).id();
        enter(housing, BudgetEntryKind.ALLOCATION, "6000.00", "AG 2026-01, acord 4", null).orElseThrow();
        enter(housing, BudgetEntryKind.INCREASE, "1500.00", "CE 2026-05, acord 2", null).orElseThrow();
        BudgetEntryId contract = commit(housing, "2000.00", "Contracte de redacció");
        enter(housing, BudgetEntryKind.EXPENSE, "1250.50", "Factura 2026/031", contract).orElseThrow();
        enter(care, BudgetEntryKind.ALLOCATION, "4000.00", "AG 2026-01, acord 4", null).orElseThrow();
        enter(care, BudgetEntryKind.EXPENSE, "99.99", "Factura 2026/040", null).orElseThrow();
        groups.enter(new EnterBudget(care, YEAR + 1, BudgetEntryKind.ALLOCATION, euros("4500.00"),
                LocalDate.of(YEAR, 12, 20), "AG 2026-12", null)).orElseThrow();

        List<GroupBudgetReport> reports = groups.budgetsOf(YEAR);

        assertEquals(2, reports.size());
        assertTrue(reports.contains(new GroupBudgetReport(housing, "Habitatge cooperatiu", YEAR, euros("7500.00"),
                euros("749.50"), euros("1250.50"), euros("5500.00"))), reports::toString);
        assertTrue(reports.contains(new GroupBudgetReport(care, "Polítiques de cures", YEAR, euros("4000.00"), Money.ZERO,
                euros("99.99"), euros("3900.01"))), reports::toString);
        assertEquals(List.of(new GroupBudgetReport(care, "Polítiques de cures", YEAR + 1, euros("4500.00"), Money.ZERO,
                Money.ZERO, euros("4500.00"))), groups.budgetsOf(YEAR + 1));
    }
}

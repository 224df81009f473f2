package cat.xarxa.workinggroup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.Xarxa;
import cat.xarxa.common.Decision;
import cat.xarxa.common.IneCode;
import cat.xarxa.common.Money;
import cat.xarxa.member.AdmitMember;
import cat.xarxa.member.ApplyForMembership;
import cat.xarxa.member.MemberId;
import cat.xarxa.memory.MemoryStorageProvider;
import cat.xarxa.spi.StorageConfig;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * Whatever a working group allocates, commits, spends (directly or against a commitment),
 * releases and has increased, in whatever order, its budget neither makes nor loses a cent: after
 * every step its totals are the sums of its ledger, nothing remains below zero, no commitment holds
 * a negative amount, and a refused entry changes nothing.
 */
class GroupBudgetActionChainPropertiesTest {

    private static final int YEAR = 2026;
    private static final LocalDate ON = LocalDate.of(YEAR, 3, 2);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), Xarxa.NETWORK_ZONE);
    /** A commitment that was never entered. */
    private static final BudgetEntryId NO_COMMITMENT = new BudgetEntryId(new UUID(0, 7));

    /** The facade on a fresh in-memory store, with one active group and the commitments entered so far. */
    static final class Network {
        final Xarxa xarxa = Xarxa.builder()
                .storage(new MemoryStorageProvider().open(new StorageConfig(Map.of(), Map.of()))).clock(CLOCK).build();
        final WorkingGroups groups = xarxa.workingGroups();
        final WorkingGroupId group;
        /** Every commitment entered, in the order entered. */
        final List<BudgetEntryId> commitments = new ArrayList<>();

        Network() {
            MemberId sabadell = xarxa.members().apply(new ApplyForMembership(IneCode.parse("081878"), LocalDate.of(2025, 2, 3)))
                    .orElseThrow();
            xarxa.members().admit(new AdmitMember(sabadell, LocalDate.of(2025, 4, 22), "AG 2025-04")).orElseThrow();
            WorkingGroupId id = groups.propose(new ProposeWorkingGroup("Habitatge cooperatiu", "housing-cooperatives", null,
                    null, List.of(sabadell), null, LocalDate.of(2026, 1, 15), "CE 2026-01")).orElseThrow().id();
            group = groups.changeStatus(new ChangeGroupStatus(id, GroupStatus.ACTIVE, LocalDate.of(2026, 2, 5), "CE 2026-02"))
                    .orElseThrow().id();
        }

        GroupBudget budget() {
            return groups.budget(group, YEAR).orElse(GroupBudget.empty(group, YEAR));
        }

        List<BudgetEntry> ledger() {
            return groups.ledger(group, YEAR);
        }

        long journal() {
            return xarxa.history(BudgetEntry.AGGREGATE_TYPE, group + "/" + YEAR).size();
        }

        /** What a commitment still holds, from the ledger alone. */
        Money open(BudgetEntryId commitment) {
            return held(ledger(), commitment);
        }

        @Override
        public String toString() {
            return budget() + ", " + commitments.size() + " commitments";
        }
    }

    private static Money held(List<BudgetEntry> ledger, BudgetEntryId commitment) {
        Money held = Money.ZERO;
        for (BudgetEntry e : ledger) {
            if (e.id().equals(commitment) && e.kind() == BudgetEntryKind.COMMITMENT) {
                held = held.plus(e.amount());
            } else if (commitment.equals(e.commitment())) {
                held = held.minus(e.amount());
            }
        }
        return held;
    }

    /**
     * Enters an entry. Whether it is accepted is foreseen from the budget as it stands: a refused
     * one must leave the budget, the ledger and the journal as they were; an accepted one adds
     * exactly that entry to the ledger, and one event to the journal.
     */
    private static Network attempt(Network network, BudgetEntryKind kind, Money amount, BudgetEntryId commitment) {
        GroupBudget budget = network.budget();
        List<BudgetEntry> ledger = network.ledger();
        long journal = network.journal();
        boolean settles = commitment != null;
        boolean known = !settles || network.commitments.contains(commitment);
        Money room = settles ? network.open(commitment) : budget.remaining();
        boolean fits = switch (kind) {
            case ALLOCATION, INCREASE -> true;
            case COMMITMENT, EXPENSE -> !amount.isGreaterThan(room);
            case RELEASE -> settles && !amount.isGreaterThan(room);
        };
        boolean expected = amount.isPositive() && known && fits;

        Decision<GroupBudget> decision = network.groups.enter(new EnterBudget(network.group, YEAR, kind, amount, ON,
                kind + " " + amount, commitment));

        assertEquals(expected, decision.isAccepted(), () -> kind + " " + amount + " against " + commitment + " on " + budget
                + ": " + decision.reasons());
        if (decision.isRejected()) {
            assertEquals(budget, network.budget(), () -> "a refusal changed the budget: " + decision.reasons());
            assertEquals(ledger, network.ledger(), () -> "a refusal wrote to the ledger: " + decision.reasons());
            assertEquals(journal, network.journal(), () -> "a refusal reached the journal: " + decision.reasons());
            return network;
        }
        List<BudgetEntry> added = new ArrayList<>(network.ledger());
        added.removeAll(ledger);
        assertEquals(1, added.size(), () -> "one entry for one command: " + added);
        BudgetEntry entry = added.get(0);
        assertEquals(List.of(kind, amount, settles && kind != BudgetEntryKind.COMMITMENT ? Optional.of(commitment)
                        : Optional.<BudgetEntryId>empty()),
                List.of(entry.kind(), entry.amount(), Optional.ofNullable(entry.commitment())), entry::toString);
        assertEquals(decision.orElseThrow(), network.budget(), "the budget returned is the one stored");
        assertEquals(journal + 1, network.journal(), "one event for one entry");
        if (kind == BudgetEntryKind.COMMITMENT) {
            network.commitments.add(entry.id());
        }
        return network;
    }

    /** Amounts in cents, now and then zero or negative. */
    private static Arbitrary<Money> cents(int max) {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of(Money.ZERO, Money.ofCents(-100))),
                Tuple.of(12, Arbitraries.integers().between(1, max).map(Money::ofCents)));
    }

    /** A commitment entered so far, now and then one never entered. */
    private static Arbitrary<BudgetEntryId> aCommitment(Network network) {
        return network.commitments.isEmpty() ? Arbitraries.just(NO_COMMITMENT) : Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(NO_COMMITMENT)),
                Tuple.of(9, Arbitraries.of(network.commitments)));
    }

    /** Against a commitment: what it holds exactly, a cent more, or anything up to a bound. */
    private static Arbitrary<Money> settling(Network network, BudgetEntryId commitment, int max) {
        Money held = network.open(commitment);
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(held)),
                Tuple.of(1, Arbitraries.just(held.plus(Money.ofCents(1)))),
                Tuple.of(5, cents(max)));
    }

    /** Against what remains: all of it exactly, a cent more, or anything up to a bound. */
    private static Arbitrary<Money> fromRemaining(Network network, int max) {
        Money remaining = network.budget().remaining();
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(remaining)),
                Tuple.of(1, Arbitraries.just(remaining.plus(Money.ofCents(1)))),
                Tuple.of(6, cents(max)));
    }

    private static Transformer<Network> entering(BudgetEntryKind kind, Money amount, BudgetEntryId commitment) {
        return Transformer.transform(kind + " " + amount + (commitment == null ? "" : " against " + commitment),
                n -> attempt(n, kind, amount, commitment));
    }

    // ---------------------------------------------------------------- the actions

    private static Action.Independent<Network> allocate() {
        return () -> cents(1_000_000).map(amount -> entering(BudgetEntryKind.ALLOCATION, amount, null));
    }

    private static Action.Independent<Network> increase() {
        return () -> cents(200_000).map(amount -> entering(BudgetEntryKind.INCREASE, amount, null));
    }

    private static Action.Dependent<Network> commit() {
        return network -> fromRemaining(network, 400_000).map(amount -> entering(BudgetEntryKind.COMMITMENT, amount, null));
    }

    private static Action.Dependent<Network> spendDirectly() {
        return network -> fromRemaining(network, 300_000).map(amount -> entering(BudgetEntryKind.EXPENSE, amount, null));
    }

    private static Action.Dependent<Network> spendAgainstACommitment() {
        return network -> aCommitment(network).flatMap(c -> settling(network, c, 300_000)
                .map(amount -> entering(BudgetEntryKind.EXPENSE, amount, c)));
    }

    private static Action.Dependent<Network> release() {
        return network -> Arbitraries.frequencyOf(
                        Tuple.of(1, Arbitraries.just((BudgetEntryId) null)),
                        Tuple.of(12, aCommitment(network)))
                .flatMap(c -> (c == null ? cents(100_000) : settling(network, c, 300_000))
                        .map(amount -> entering(BudgetEntryKind.RELEASE, amount, c)));
    }

    @Provide
    Arbitrary<ActionChain<Network>> budgets() {
        return ActionChain.startWith(Network::new)
                .withAction(3, allocate())
                .withAction(1, increase())
                .withAction(4, commit())
                .withAction(3, spendDirectly())
                .withAction(4, spendAgainstACommitment())
                .withAction(3, release())
                .withMaxTransformations(30);
    }

    // ---------------------------------------------------------------- the invariants

    @Property(tries = 100)
    void theBudgetNeitherMakesNorLosesACent(@ForAll("budgets") ActionChain<Network> chain) {
        try {
            chain.withInvariant("nothing is overspent", GroupBudgetActionChainPropertiesTest::neverOverspent)
                    .withInvariant("the ledger adds up to the budget's totals", GroupBudgetActionChainPropertiesTest::ledgerAddsUp)
                    .withInvariant("no commitment holds a negative amount",
                            GroupBudgetActionChainPropertiesTest::commitmentsHoldNoNegative)
                    .run();
        } finally {
            chain.finalState().ifPresent(n -> n.xarxa.close());
        }
    }

    private static void neverOverspent(Network network) {
        GroupBudget budget = network.budget();
        assertFalse(budget.remaining().isNegative(), budget::toString);
        assertFalse(budget.committed().isNegative(), budget::toString);
        assertFalse(budget.spent().isNegative(), budget::toString);
    }

    private static void ledgerAddsUp(Network network) {
        List<BudgetEntry> ledger = network.ledger();
        GroupBudget budget = network.budget();
        assertTrue(ledger.stream().allMatch(e -> e.amount().isPositive()), ledger::toString);
        assertEquals(sum(ledger, BudgetEntryKind.ALLOCATION, false), budget.allocated(), "allocated");
        assertEquals(sum(ledger, BudgetEntryKind.INCREASE, false), budget.increased(), "increased");
        assertEquals(sum(ledger, BudgetEntryKind.COMMITMENT, false).minus(sum(ledger, BudgetEntryKind.RELEASE, false))
                .minus(sum(ledger, BudgetEntryKind.EXPENSE, true)), budget.committed(), "committed");
        assertEquals(sum(ledger, BudgetEntryKind.EXPENSE, false), budget.spent(), "spent");
        assertEquals(budget.allocated().plus(budget.increased()).minus(budget.committed()).minus(budget.spent()),
                budget.remaining(), "remaining");
        assertEquals(ledger.size(), network.journal(), "one event per entry");
    }

    /** The entries of a kind; only those that settle a commitment if asked. */
    private static Money sum(List<BudgetEntry> ledger, BudgetEntryKind kind, boolean settlingOnly) {
        return ledger.stream().filter(e -> e.kind() == kind && (!settlingOnly || e.commitment() != null))
                .map(BudgetEntry::amount).reduce(Money.ZERO, Money::plus);
    }

    private static void commitmentsHoldNoNegative(Network network) {
        List<BudgetEntry> ledger = network.ledger();
        Money held = Money.ZERO;
        for (BudgetEntryId commitment : network.commitments) {
            Money open = held(ledger, commitment);
            assertFalse(open.isNegative(), () -> commitment + " holds " + open);
            held = held.plus(open);
        }
        assertEquals(network.budget().committed(), held, "the commitments hold what the budget has committed");
        assertTrue(ledger.stream().filter(e -> e.commitment() != null)
                .allMatch(e -> network.commitments.contains(e.commitment())), "every settlement names a commitment entered");
    }
}

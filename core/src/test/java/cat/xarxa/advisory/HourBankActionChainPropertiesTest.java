package cat.xarxa.advisory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.Xarxa;
import cat.xarxa.common.Decision;
import cat.xarxa.common.Hours;
import cat.xarxa.common.IneCode;
import cat.xarxa.member.AdmitMember;
import cat.xarxa.member.ApplyForMembership;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import cat.xarxa.member.RegisterPerson;
import cat.xarxa.memory.MemoryStorageProvider;
import cat.xarxa.spi.StorageConfig;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
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
 * Whatever councils ask, merge, take out, schedule, deliver, cancel and complete, and however the
 * bank is granted, enlarged and expired, in whatever order, the hour bank neither makes nor loses
 * a minute: after every step its totals are the sums of its ledger, it is never overdrawn, the
 * advisories hold what it has reserved, and a joint advisory is charged once.
 */
class HourBankActionChainPropertiesTest {

    private static final String PERIOD = "2026";
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 12, 31);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), Xarxa.NETWORK_ZONE);
    private static final List<String> COUNCILS = List.of("081120", "081878", "082981", "170792");
    private static final List<String> TOPICS = List.of(AdvisoryTopics.CARE_POLICIES, AdvisoryTopics.HOUSING_COOPERATIVES);

    /** The facade on a fresh in-memory store, with what the chain has made so far. */
    static final class Network {
        final Xarxa xarxa = Xarxa.builder()
                .storage(new MemoryStorageProvider().open(new StorageConfig(Map.of(), Map.of()))).clock(CLOCK).build();
        final Advisories advisories = xarxa.advisories();
        final PersonId person = xarxa.people().register(new RegisterPerson("Tècnica d'ESS")).orElseThrow();
        final List<MemberId> councils = new ArrayList<>();
        /** Every advisory made, in the order made. */
        final List<AdvisoryId> made = new ArrayList<>();
        /** What each advisory was charged: its package when made and every explicit adjustment since. */
        final Map<AdvisoryId, Hours> charged = new HashMap<>();
        /** How many requests were accepted. */
        int asked;

        Network() {
            for (String ine : COUNCILS) {
                MemberId id = xarxa.members().apply(new ApplyForMembership(IneCode.parse(ine), LocalDate.of(2025, 2, 3)))
                        .orElseThrow();
                xarxa.members().admit(new AdmitMember(id, LocalDate.of(2025, 4, 22), "AG 2025-04")).orElseThrow();
                councils.add(id);
            }
        }

        Advisory advisory(AdvisoryId id) {
            return advisories.advisory(id).orElseThrow();
        }

        List<Advisory> all() {
            return made.stream().map(this::advisory).toList();
        }

        List<LedgerEntry> ledger() {
            return advisories.ledger(PERIOD);
        }

        @Override
        public String toString() {
            return advisories.bank(PERIOD).map(Object::toString).orElse("no bank") + ", " + made.size() + " advisories";
        }
    }

    /**
     * Runs a command; a refused one must leave the ledger and the bank as they were, an accepted
     * one is handed on.
     */
    private static <T> Network attempt(Network network, Supplier<Decision<T>> command, Consumer<T> accepted) {
        List<LedgerEntry> ledger = network.ledger();
        Object bank = network.advisories.bank(PERIOD);
        List<Advisory> advisories = network.all();
        Decision<T> decision = command.get();
        if (decision.isAccepted()) {
            accepted.accept(decision.orElseThrow());
        } else {
            assertEquals(ledger, network.ledger(), () -> "a refusal wrote to the ledger: " + decision.reasons());
            assertEquals(bank, network.advisories.bank(PERIOD), () -> "a refusal changed the bank: " + decision.reasons());
            assertEquals(advisories, network.all(), () -> "a refusal changed an advisory: " + decision.reasons());
        }
        return network;
    }

    private static <T> Network attempt(Network network, Supplier<Decision<T>> command) {
        return attempt(network, command, value -> { });
    }

    private static Arbitrary<Hours> quarters(int min, int max) {
        return Arbitraries.integers().between(min, max).map(q -> Hours.ofMinutes(15L * q));
    }

    private static Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 364).map(FIRST_DAY::plusDays);
    }

    /** An action on the advisories made so far, for when there is one it applies to. */
    private record OnAdvisory(String name, Predicate<Advisory> appliesTo,
                              Function<Network, Arbitrary<Transformer<Network>>> on) implements Action.Dependent<Network> {
        OnAdvisory(String name, Function<Network, Arbitrary<Transformer<Network>>> on) {
            this(name, a -> true, on);
        }

        @Override
        public boolean precondition(Network network) {
            return network.all().stream().anyMatch(appliesTo);
        }

        @Override
        public Arbitrary<Transformer<Network>> transformer(Network network) {
            return on.apply(network);
        }
    }

    private static Arbitrary<Advisory> anAdvisory(Network network) {
        return Arbitraries.of(network.made).map(network::advisory);
    }

    // ---------------------------------------------------------------- the actions

    /** Opens the period's bank, until one is open. */
    private static Action.Dependent<Network> open() {
        return new Action.Dependent<>() {
            @Override
            public boolean precondition(Network network) {
                return network.advisories.bank(PERIOD).isEmpty();
            }

            @Override
            public Arbitrary<Transformer<Network>> transformer(Network network) {
                return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(Hours.ZERO)),
                        Tuple.of(9, quarters(80, 480))).map(grant -> Transformer.transform("open with " + grant,
                        n -> attempt(n, () -> n.advisories.openBank(new OpenHourBank(PERIOD, FIRST_DAY, LAST_DAY, grant,
                                "AG 2026-03", FIRST_DAY)))));
            }
        };
    }

    private static Action.Independent<Network> enlarge() {
        return () -> quarters(0, 40).map(hours -> Transformer.transform("enlarge by " + hours,
                n -> attempt(n, () -> n.advisories.enlarge(new EnlargeHourBank(PERIOD, hours, "CE 2026", FIRST_DAY)))));
    }

    private static Action.Independent<Network> request() {
        return () -> Combinators.combine(Arbitraries.integers().between(0, COUNCILS.size() - 1), Arbitraries.of(TOPICS),
                        Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just((AdvisoryPackage) null)),
                                Tuple.of(2, Combinators.combine(quarters(0, 32),
                                        Arbitraries.integers().between(1, 3)).as(AdvisoryPackage::new))),
                        Arbitraries.frequencyOf(Tuple.of(19, days()),
                                Tuple.of(1, Arbitraries.just(LAST_DAY.plusDays(1)))))
                .as((council, topic, pkg, on) -> Transformer.transform(
                        "council " + council + " asks on " + topic + " for " + (pkg == null ? "the default" : pkg) + " on " + on,
                        n -> attempt(n, () -> n.advisories.request(new RequestAdvisory(n.councils.get(council), n.person, topic,
                                null, null, pkg, on)), advisory -> {
                                    n.made.add(advisory.id());
                                    n.asked++;
                                    n.charged.put(advisory.id(), advisory.pkg().hours());
                                })));
    }

    private static Action.Dependent<Network> cancel() {
        return new OnAdvisory("cancel", n -> anAdvisory(n).map(a -> Transformer.transform("cancel " + a.id(),
                net -> attempt(net, () -> net.advisories.cancel(new CancelAdvisory(a.id(), "baixa", LAST_DAY))))));
    }

    private static Action.Dependent<Network> schedule() {
        return new OnAdvisory("schedule", n -> Combinators.combine(anAdvisory(n), Arbitraries.integers().between(-1, 12),
                        days())
                .as((a, quarters, day) -> {
                    LocalDateTime start = day.atTime(10, 0);
                    LocalDateTime end = start.plusMinutes(15L * quarters);
                    return Transformer.transform("schedule " + a.id() + " " + start + " to " + end,
                            net -> attempt(net, () -> net.advisories.schedule(new ScheduleSession(a.id(), start, end, null))));
                }));
    }

    private static Action.Dependent<Network> deliver() {
        return new OnAdvisory("deliver", n -> {
            List<Advisory> planned = n.all().stream().filter(a -> a.sessions().stream()
                    .anyMatch(s -> s.status() == SessionStatus.PLANNED)).toList();
            Arbitrary<Advisory> which = planned.isEmpty() ? anAdvisory(n) : Arbitraries.of(planned);
            return Combinators.combine(which, quarters(0, 20), Arbitraries.integers().between(0, 7))
                    .as((a, took, pick) -> {
                        SessionId session = a.sessions().isEmpty() ? new SessionId(new UUID(0, 1))
                                : a.sessions().get(pick % a.sessions().size()).id();
                        List<MemberId> attended = pick < 6 ? a.members() : List.of(n.councils.get(pick % n.councils.size()));
                        return Transformer.transform("deliver " + session + " of " + a.id() + " taking " + took,
                                net -> attempt(net, () -> net.advisories.deliver(new DeliverSession(a.id(), session, took,
                                        attended, LAST_DAY))));
                    });
        });
    }

    private static Action.Dependent<Network> cancelSession() {
        return new OnAdvisory("cancel a session", a -> !a.sessions().isEmpty(), n -> Combinators.combine(
                        Arbitraries.of(n.all().stream().filter(a -> !a.sessions().isEmpty()).toList()),
                        Arbitraries.integers().between(0, 3))
                .as((a, pick) -> {
                    SessionId session = a.sessions().get(pick % a.sessions().size()).id();
                    return Transformer.transform("cancel session " + session + " of " + a.id(),
                            net -> attempt(net, () -> net.advisories.cancelSession(new CancelSession(a.id(), session,
                                    LAST_DAY))));
                }));
    }

    private static Action.Dependent<Network> adjust() {
        return new OnAdvisory("adjust", n -> Combinators.combine(anAdvisory(n), quarters(0, 12))
                .as((a, extra) -> Transformer.transform("adjust " + a.id() + " by " + extra,
                        net -> attempt(net, () -> net.advisories.adjust(new AdjustReservation(a.id(), extra, "s'allarga",
                                LAST_DAY)), adjusted -> net.charged.merge(a.id(), extra, Hours::plus)))));
    }

    private static Action.Dependent<Network> complete() {
        return new OnAdvisory("complete", n -> anAdvisory(n).map(a -> Transformer.transform("complete " + a.id(),
                net -> attempt(net, () -> net.advisories.complete(new CompleteAdvisory(a.id(), LAST_DAY))))));
    }

    private static Action.Independent<Network> expire() {
        return () -> Arbitraries.of(LAST_DAY, LAST_DAY.plusDays(1)).map(on -> Transformer.transform("expire on " + on,
                n -> attempt(n, () -> n.advisories.expire(new ExpireHourBank(PERIOD, on)))));
    }

    private static Action.Dependent<Network> merge() {
        return new OnAdvisory("merge", n -> {
            Map<String, List<AdvisoryId>> open = n.all().stream()
                    .filter(a -> a.status() == AdvisoryStatus.OPEN && a.sessions().isEmpty())
                    .collect(Collectors.groupingBy(Advisory::topic,
                            Collectors.mapping(Advisory::id, Collectors.toList())));
            List<List<AdvisoryId>> topics = open.values().stream().filter(ids -> ids.size() >= 2).toList();
            Arbitrary<List<AdvisoryId>> anyTwoOrThree = Arbitraries.of(n.made).list().ofMinSize(2).ofMaxSize(3);
            Arbitrary<List<AdvisoryId>> ids = topics.isEmpty() ? anyTwoOrThree : Arbitraries.frequencyOf(
                    Tuple.of(1, anyTwoOrThree),
                    Tuple.of(6, Arbitraries.of(topics).flatMap(same -> Arbitraries.of(same).list()
                            .uniqueElements().ofMinSize(2).ofMaxSize(Math.min(3, same.size())))));
            return ids.map(merged -> Transformer.transform("merge " + merged,
                    net -> attempt(net, () -> net.advisories.merge(new MergeAdvisories(merged, LAST_DAY)))));
        });
    }

    private static Action.Dependent<Network> unmerge() {
        return new OnAdvisory("unmerge", a -> !a.requests().isEmpty(), n -> {
            List<Advisory> joint = n.all().stream().filter(Advisory::isJoint).toList();
            Arbitrary<Advisory> which = Arbitraries.of(joint.isEmpty()
                    ? n.all().stream().filter(a -> !a.requests().isEmpty()).toList() : joint);
            return Combinators.combine(which, Arbitraries.integers().between(0, 3))
                    .as((a, pick) -> {
                        RequestId request = a.requests().get(pick % a.requests().size()).id();
                        return Transformer.transform("take " + request + " out of " + a.id(),
                                net -> attempt(net, () -> net.advisories.unmerge(new UnmergeRequest(a.id(), request,
                                        LAST_DAY)), own -> {
                                            net.made.add(own.id());
                                            net.charged.put(own.id(), own.reserved());
                                        }));
                    });
        });
    }

    @Provide
    Arbitrary<ActionChain<Network>> histories() {
        return ActionChain.startWith(Network::new)
                .withAction(8, open())
                .withAction(1, enlarge())
                .withAction(5, request())
                .withAction(1, cancel())
                .withAction(4, schedule())
                .withAction(4, deliver())
                .withAction(1, cancelSession())
                .withAction(2, adjust())
                .withAction(2, complete())
                .withAction(1, expire())
                .withAction(3, merge())
                .withAction(2, unmerge())
                .withMaxTransformations(30);
    }

    // ---------------------------------------------------------------- the invariants

    @Property(tries = 100)
    void theHourBankNeitherMakesNorLosesAMinute(@ForAll("histories") ActionChain<Network> chain) {
        try {
            chain.withInvariant("the bank is never overdrawn", HourBankActionChainPropertiesTest::neverOverdrawn)
                    .withInvariant("the ledger adds up to the bank's totals", HourBankActionChainPropertiesTest::ledgerAddsUp)
                    .withInvariant("the advisories hold what the bank has reserved",
                            HourBankActionChainPropertiesTest::advisoriesHoldTheReserved)
                    .withInvariant("a joint advisory is charged once", HourBankActionChainPropertiesTest::chargedOnce)
                    .run();
        } finally {
            chain.finalState().ifPresent(n -> n.xarxa.close());
        }
    }

    private static void neverOverdrawn(Network network) {
        network.advisories.bank(PERIOD).ifPresent(bank -> assertTrue(bank.granted().toMinutes()
                >= bank.reserved().toMinutes() + bank.consumed().toMinutes() + bank.expired().toMinutes(), bank::toString));
    }

    private static void ledgerAddsUp(Network network) {
        List<LedgerEntry> ledger = network.ledger();
        HourBank bank = network.advisories.bank(PERIOD).orElse(HourBank.empty(PERIOD, FIRST_DAY, LAST_DAY));
        assertTrue(ledger.stream().noneMatch(e -> e.hours().isZero()), ledger::toString);
        assertEquals(sum(ledger, EntryKind.GRANT) + sum(ledger, EntryKind.ENLARGEMENT), bank.granted().toMinutes(), "granted");
        assertEquals(sum(ledger, EntryKind.RESERVATION) - sum(ledger, EntryKind.RELEASE) - sum(ledger, EntryKind.CONSUMPTION),
                bank.reserved().toMinutes(), "reserved");
        assertEquals(sum(ledger, EntryKind.CONSUMPTION), bank.consumed().toMinutes(), "consumed");
        assertEquals(sum(ledger, EntryKind.EXPIRY), bank.expired().toMinutes(), "expired");
        assertTrue(ledger.stream().filter(e -> e.kind() == EntryKind.GRANT).count() <= 1, "one grant");
    }

    private static long sum(List<LedgerEntry> ledger, EntryKind kind) {
        return ledger.stream().filter(e -> e.kind() == kind).mapToLong(e -> e.hours().toMinutes()).sum();
    }

    private static void advisoriesHoldTheReserved(Network network) {
        List<Advisory> all = network.all();
        long held = all.stream().mapToLong(a -> a.reserved().toMinutes()).sum();
        long consumed = all.stream().mapToLong(a -> a.consumed().toMinutes()).sum();
        HourBank bank = network.advisories.bank(PERIOD).orElse(HourBank.empty(PERIOD, FIRST_DAY, LAST_DAY));
        assertEquals(bank.reserved().toMinutes(), held, "reserved");
        assertEquals(bank.consumed().toMinutes(), consumed, "consumed");
        for (Advisory advisory : all) {
            long byEntries = network.ledger().stream().filter(e -> advisory.id().equals(e.advisory()))
                    .mapToLong(e -> switch (e.kind()) {
                        case RESERVATION -> e.hours().toMinutes();
                        case RELEASE, CONSUMPTION -> -e.hours().toMinutes();
                        default -> 0;
                    }).sum();
            assertEquals(advisory.reserved().toMinutes(), byEntries, () -> "the entries of " + advisory);
        }
    }

    private static void chargedOnce(Network network) {
        for (Advisory advisory : network.all()) {
            long used = advisory.reserved().toMinutes() + advisory.consumed().toMinutes();
            assertTrue(used <= network.charged.get(advisory.id()).toMinutes(),
                    () -> advisory + " holds more than its package and adjustments: " + network.charged.get(advisory.id()));
            if (advisory.status() == AdvisoryStatus.MERGED) {
                assertEquals(Hours.ZERO, advisory.reserved(), advisory::toString);
                assertEquals(Hours.ZERO, advisory.consumed(), advisory::toString);
                assertEquals(List.of(), advisory.requests(), advisory::toString);
            }
            if (!advisory.status().isActive()) {
                assertEquals(Hours.ZERO, advisory.reserved(), advisory::toString);
            }
        }
        List<RequestId> carried = network.all().stream().flatMap(a -> a.requests().stream()).map(AdvisoryRequest::id).toList();
        assertEquals(network.asked, carried.size(), "every request is carried by one advisory");
        assertEquals(carried.size(), carried.stream().distinct().count(), "no request is carried twice");
    }
}

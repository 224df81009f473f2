package cat.xarxa.mentorship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.Xarxa;
import cat.xarxa.common.Decision;
import cat.xarxa.common.IneCode;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.member.AdmitMember;
import cat.xarxa.member.ApplyForMembership;
import cat.xarxa.member.AppointPerson;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import cat.xarxa.member.RegisterPerson;
import cat.xarxa.member.Role;
import cat.xarxa.memory.MemoryStorageProvider;
import cat.xarxa.spi.Storage;
import cat.xarxa.spi.StorageConfig;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
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
 * Whatever people propose, accept, decline, meet, extend, document, complete and cancel, and however
 * much time passes (with the daily {@code expireDue} run), a mentorship keeps the programme's rules:
 * completed only with two meetings and the documentation shared by then, active only within its
 * end date (the first year or the extension both agreed), always between the same two people, and
 * its history only takes the steps {@link MentorshipStatus#next()} allows. A refusal writes nothing.
 */
class MentorshipActionChainPropertiesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), Xarxa.NETWORK_ZONE);
    private static final LocalDate START = LocalDate.of(2026, 1, 5);
    private static final List<String> COUNCILS = List.of("081878", "081120", "082981", "170792");
    private static final String PROCUREMENT = "compra-publica-responsable";
    private static final String HOUSING = "habitatge-cooperatiu";
    private static final String CARE = "politiques-de-cures";
    private static final List<String> TOPICS = List.of(PROCUREMENT, HOUSING, CARE);
    private static final Map<Integer, Integer> CAPACITY = Map.of(0, 1, 1, 2);

    /** The parties of a mentorship as proposed, which never change. */
    private record Parties(PersonId mentor, MemberId mentorCouncil, PersonId mentee, MemberId menteeCouncil) {
        static Parties of(Mentorship m) {
            return new Parties(m.mentor(), m.mentorCouncil(), m.mentee(), m.menteeCouncil());
        }
    }

    /** The facade on a fresh in-memory store, today's date and the mentorships made so far. */
    static final class Network {
        final Storage storage = new MemoryStorageProvider().open(new StorageConfig(Map.of(), Map.of()));
        final Xarxa xarxa = Xarxa.builder().storage(storage).clock(CLOCK).build();
        final Mentorships programme = xarxa.mentorships();
        final List<MemberId> councils = new ArrayList<>();
        /** One technical contact per council, then a second person of the first council. */
        final List<PersonId> people = new ArrayList<>();
        final PersonId outsider = xarxa.people().register(new RegisterPerson("Veïna")).orElseThrow();
        final List<MentorshipId> made = new ArrayList<>();
        final Map<MentorshipId, Parties> parties = new HashMap<>();
        /** Today; time only passes forwards, and expireDue has run for it. */
        LocalDate today = START;

        Network() {
            for (String ine : COUNCILS) {
                MemberId id = xarxa.members().apply(new ApplyForMembership(IneCode.parse(ine), LocalDate.of(2025, 2, 3)))
                        .orElseThrow();
                xarxa.members().admit(new AdmitMember(id, LocalDate.of(2025, 4, 22), "AG 2025-04")).orElseThrow();
                councils.add(id);
                people.add(appoint("Tècnica " + ine, id, Role.TECHNICAL_CONTACT));
            }
            people.add(appoint("Companya de la mentora", councils.get(0), Role.OTHER));
            programme.offer(new OfferMentoring(people.get(0), councils.get(0), Set.of(PROCUREMENT, HOUSING), CAPACITY.get(0),
                    true)).orElseThrow();
            programme.offer(new OfferMentoring(people.get(1), councils.get(1), Set.of(HOUSING, CARE), CAPACITY.get(1), true))
                    .orElseThrow();
        }

        private PersonId appoint(String name, MemberId council, Role role) {
            PersonId id = xarxa.people().register(new RegisterPerson(name)).orElseThrow();
            xarxa.members().appoint(new AppointPerson(council, id, role, LocalDate.of(2025, 5, 1))).orElseThrow();
            return id;
        }

        /** The council a person belongs to. */
        MemberId councilOf(int person) {
            return councils.get(person % councils.size());
        }

        Mentorship mentorship(MentorshipId id) {
            return programme.mentorship(id).orElseThrow();
        }

        List<Mentorship> all() {
            return made.stream().map(this::mentorship).toList();
        }

        long journal() {
            return storage.transaction(tx -> tx.journal().size());
        }

        @Override
        public String toString() {
            return "today " + today + ", " + all().stream().map(m -> m.status() + " until " + m.endsOn() + " with "
                    + m.meetings().size() + " meetings").toList();
        }
    }

    /** Runs a command; a refused one must leave the journal and every mentorship as they were. */
    private static <T> Network attempt(Network network, Supplier<Decision<T>> command, Consumer<T> accepted) {
        long journal = network.journal();
        List<Mentorship> before = network.all();
        Decision<T> decision = command.get();
        if (decision.isAccepted()) {
            accepted.accept(decision.orElseThrow());
        } else {
            assertFalse(decision.reasons().isEmpty(), "a refusal says why");
            assertEquals(journal, network.journal(), () -> "a refusal wrote to the journal: " + decision.reasons());
            assertEquals(before, network.all(), () -> "a refusal changed a mentorship: " + decision.reasons());
        }
        return network;
    }

    private static <T> Network attempt(Network network, Supplier<Decision<T>> command) {
        return attempt(network, command, value -> { });
    }

    /** An action on a mentorship made so far. */
    private record OnMentorship(Function<Network, Arbitrary<Transformer<Network>>> on) implements Action.Dependent<Network> {
        @Override
        public boolean precondition(Network network) {
            return !network.made.isEmpty();
        }

        @Override
        public Arbitrary<Transformer<Network>> transformer(Network network) {
            return on.apply(network);
        }
    }

    private static Arbitrary<Mentorship> aMentorship(Network network) {
        return Arbitraries.of(network.made).map(network::mentorship);
    }

    /** Mostly one in a status, if there is one, so that chains get somewhere; now and then any. */
    private static Arbitrary<Mentorship> aMentorship(Network network, MentorshipStatus status) {
        List<Mentorship> in = network.all().stream().filter(m -> m.status() == status).toList();
        return in.isEmpty() ? aMentorship(network)
                : Arbitraries.frequencyOf(Tuple.of(1, aMentorship(network)), Tuple.of(8, Arbitraries.of(in)));
    }

    /** Mostly today, sometimes a few days back (refused if before the last step). */
    private static Arbitrary<Integer> daysBack() {
        return Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(0)), Tuple.of(1, Arbitraries.integers().between(1, 40)));
    }

    /** The mentor, the mentee, or someone else. */
    private static Arbitrary<Integer> who() {
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(0)), Tuple.of(4, Arbitraries.just(1)),
                Tuple.of(1, Arbitraries.just(2)));
    }

    private static PersonId person(Network n, Mentorship m, int who) {
        return who == 0 ? m.mentor() : who == 1 ? m.mentee() : n.outsider;
    }

    // ---------------------------------------------------------------- the actions

    private static Action.Independent<Network> propose() {
        return () -> Combinators.combine(Arbitraries.integers().between(0, COUNCILS.size()),
                        Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.integers().between(0, 1)),
                                Tuple.of(1, Arbitraries.integers().between(2, COUNCILS.size()))),
                        Arbitraries.of(TOPICS))
                .as((mentee, mentor, topic) -> Transformer.transform(
                        "person " + mentee + " proposes to person " + mentor + " on " + topic,
                        n -> attempt(n, () -> n.programme.propose(new ProposeMentorship(n.people.get(mentee),
                                n.councilOf(mentee), n.people.get(mentor), topic, null, n.today)), m -> {
                                    n.made.add(m.id());
                                    n.parties.put(m.id(), Parties.of(m));
                                })));
    }

    private static Action.Dependent<Network> accept() {
        return new OnMentorship(n -> Combinators.combine(aMentorship(n, MentorshipStatus.PROPOSED), daysBack())
                .as((m, back) -> Transformer.transform("accept " + m.id() + " " + back + " days back",
                        net -> attempt(net, () -> net.programme.accept(new AcceptMentorship(m.id(),
                                net.today.minusDays(back)))))));
    }

    private static Action.Dependent<Network> decline() {
        return new OnMentorship(n -> Combinators.combine(aMentorship(n), Arbitraries.of("", "Ara no puc")).as((m, reason) ->
                Transformer.transform("decline " + m.id(), net -> attempt(net, () -> net.programme.decline(
                        new DeclineMentorship(m.id(), reason.isEmpty() ? null : reason, net.today))))));
    }

    private static Action.Dependent<Network> meet() {
        return new OnMentorship(n -> Combinators.combine(aMentorship(n, MentorshipStatus.ACTIVE), daysBack(), Arbitraries.of(MeetingFormat.class))
                .as((m, back, format) -> Transformer.transform("meet on " + m.id() + " " + back + " days back",
                        net -> attempt(net, () -> net.programme.meet(new RecordMentorshipMeeting(m.id(),
                                net.today.minusDays(back), format, "Trobada"))))));
    }

    private static Action.Dependent<Network> agree() {
        return new OnMentorship(n -> aMentorship(n, MentorshipStatus.ACTIVE).map(m -> Transformer.transform("agree activities of " + m.id(),
                net -> attempt(net, () -> net.programme.agree(new AgreeActivities(m.id(), "Visites i revisió de plecs",
                        net.today))))));
    }

    private static Action.Dependent<Network> extend() {
        return new OnMentorship(n -> Combinators.combine(aMentorship(n, MentorshipStatus.ACTIVE), Arbitraries.integers().between(-10, 240),
                        daysBack(), Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.just(0)),
                                Tuple.of(1, Arbitraries.integers().between(1, 60))))
                .as((m, days, mentorBack, menteeAhead) -> Transformer.transform(
                        "extend " + m.id() + " by " + days + " days, agreed " + mentorBack + " days back and "
                                + menteeAhead + " days ahead",
                        net -> {
                            Mentorship now = net.mentorship(m.id());
                            LocalDate end = now.endsOn() == null ? net.today : now.endsOn();
                            return attempt(net, () -> net.programme.extend(new ExtendMentorship(m.id(), end.plusDays(days),
                                    net.today.minusDays(mentorBack), net.today.plusDays(menteeAhead))));
                        })));
    }

    private static Action.Dependent<Network> document() {
        return new OnMentorship(n -> Combinators.combine(aMentorship(n, MentorshipStatus.ACTIVE), Arbitraries.of("", "Què hem après"), daysBack())
                .as((m, summary, back) -> Transformer.transform("document " + m.id() + " with '" + summary + "'",
                        net -> attempt(net, () -> net.programme.share(new ShareDocumentation(m.id(), summary, null,
                                net.today.minusDays(back)))))));
    }

    private static Action.Dependent<Network> complete() {
        return new OnMentorship(n -> Combinators.combine(aMentorship(n, MentorshipStatus.ACTIVE), who(), daysBack())
                .as((m, who, back) -> Transformer.transform("complete " + m.id() + " by " + who + " " + back + " days back",
                        net -> attempt(net, () -> net.programme.complete(new CompleteMentorship(m.id(), person(net, m, who),
                                net.today.minusDays(back)))))));
    }

    private static Action.Dependent<Network> cancel() {
        return new OnMentorship(n -> Combinators.combine(aMentorship(n), who())
                .as((m, who) -> Transformer.transform("cancel " + m.id() + " by " + who,
                        net -> attempt(net, () -> net.programme.cancel(new CancelMentorship(m.id(), person(net, m, who),
                                "Canvi de plans", net.today))))));
    }

    /**
     * Time passes, and the daily job runs: a few days, a month or most of a year, or up to the edge
     * of a mentorship's end or a proposal's days to answer (that day or the next).
     */
    private static Action.Dependent<Network> timePasses() {
        return new Action.Dependent<>() {
            @Override
            public Arbitrary<Transformer<Network>> transformer(Network network) {
                List<LocalDate> edges = network.all().stream().filter(m -> m.status().isOpen())
                        .map(m -> m.status() == MentorshipStatus.ACTIVE ? m.endsOn()
                                : m.proposedOn().plusDays(MentorshipTerms.DEFAULT.proposalDays()))
                        .toList();
                Arbitrary<Integer> days = Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.integers().between(1, 10)),
                        Tuple.of(3, Arbitraries.integers().between(20, 45)),
                        Tuple.of(1, Arbitraries.integers().between(200, 400)));
                Arbitrary<LocalDate> until = edges.isEmpty() ? days.map(network.today::plusDays)
                        : Arbitraries.frequencyOf(Tuple.of(3, days.map(network.today::plusDays)),
                                Tuple.of(2, Combinators.combine(Arbitraries.of(edges), Arbitraries.of(0, 1))
                                        .as((edge, after) -> edge.plusDays(after))));
                return until.map(day -> Transformer.transform("time passes until " + day, n -> {
                    long journal = n.journal();
                    n.today = day.isAfter(n.today) ? day : n.today;
                    List<Mentorship> changed = n.programme.expireDue(n.today);
                    assertEquals(journal + changed.size(), n.journal(), "one journal entry per mentorship lapsed or expired");
                    for (Mentorship m : changed) {
                        assertTrue(Set.of(MentorshipStatus.LAPSED, MentorshipStatus.EXPIRED).contains(m.status()),
                                m::toString);
                        assertEquals(n.today, m.history().get(m.history().size() - 1).on());
                    }
                    return n;
                }));
            }
        };
    }

    @Provide
    Arbitrary<ActionChain<Network>> histories() {
        return ActionChain.startWith(Network::new)
                .withAction(4, propose())
                .withAction(4, accept())
                .withAction(1, decline())
                .withAction(6, meet())
                .withAction(1, agree())
                .withAction(2, extend())
                .withAction(3, document())
                .withAction(3, complete())
                .withAction(1, cancel())
                .withAction(3, timePasses())
                .withMaxTransformations(30);
    }

    // ---------------------------------------------------------------- the invariants

    @Property(tries = 100)
    void aMentorshipKeepsTheProgrammesRules(@ForAll("histories") ActionChain<Network> chain) {
        try {
            chain.withInvariant("completed only with two meetings and the documentation shared by then",
                            MentorshipActionChainPropertiesTest::completedWithMeetingsAndDocumentation)
                    .withInvariant("active only until its end date", MentorshipActionChainPropertiesTest::activeUntilItsEnd)
                    .withInvariant("the people never change", MentorshipActionChainPropertiesTest::peopleNeverChange)
                    .withInvariant("the history follows the allowed steps",
                            MentorshipActionChainPropertiesTest::historyFollowsNext)
                    .withInvariant("mentors within capacity, one open mentorship per pair",
                            MentorshipActionChainPropertiesTest::withinCapacity)
                    .withInvariant("voluntary and free", MentorshipActionChainPropertiesTest::nothingCharged)
                    .run();
        } finally {
            chain.finalState().ifPresent(n -> n.xarxa.close());
        }
    }

    private static LocalDate lastStep(Mentorship m) {
        return m.history().get(m.history().size() - 1).on();
    }

    private static void completedWithMeetingsAndDocumentation(Network network) {
        for (Mentorship m : network.all()) {
            if (m.status() == MentorshipStatus.COMPLETED) {
                LocalDate completed = lastStep(m);
                assertTrue(m.meetings().stream().filter(meeting -> !meeting.on().isAfter(completed)).count()
                        >= Mentorship.MEETINGS_REQUIRED, m::toString);
                assertNotNull(m.documentation(), m::toString);
                assertTrue(m.documentation().isGiven() && !m.documentation().sharedOn().isAfter(completed), m::toString);
                assertTrue(!completed.isAfter(m.endsOn()), m::toString);
            }
        }
    }

    private static void activeUntilItsEnd(Network network) {
        for (Mentorship m : network.all()) {
            if (m.startedOn().isPresent()) {
                LocalDate expected = m.extensions().isEmpty() ? m.startedOn().get().plus(MentorshipTerms.DEFAULT.maxDuration())
                        : m.extensions().get(m.extensions().size() - 1).until();
                assertEquals(expected, m.endsOn(), m::toString);
                LocalDate previous = m.startedOn().get().plus(MentorshipTerms.DEFAULT.maxDuration());
                for (Extension extension : m.extensions()) {
                    assertTrue(extension.until().isAfter(previous), m::toString);
                    assertTrue(!extension.mentorAgreedOn().isAfter(previous) && !extension.menteeAgreedOn().isAfter(previous),
                            () -> "agreed after the end it extends: " + m);
                    previous = extension.until();
                }
                for (MentorshipMeeting meeting : m.meetings()) {
                    assertTrue(!meeting.on().isBefore(m.startedOn().get()) && !meeting.on().isAfter(m.endsOn()), m::toString);
                }
            } else {
                assertEquals(null, m.endsOn(), m::toString);
                assertEquals(List.of(), m.meetings(), m::toString);
            }
            if (m.status() == MentorshipStatus.ACTIVE) {
                assertFalse(network.today.isAfter(m.endsOn()), () -> "still active after its end: " + m);
            }
            if (m.status() == MentorshipStatus.PROPOSED) {
                assertFalse(network.today.isAfter(m.proposedOn().plusDays(MentorshipTerms.DEFAULT.proposalDays())),
                        () -> "still proposed after the days to answer: " + m);
            }
        }
    }

    private static void peopleNeverChange(Network network) {
        for (Mentorship m : network.all()) {
            assertEquals(network.parties.get(m.id()), Parties.of(m), m::toString);
        }
    }

    private static void historyFollowsNext(Network network) {
        for (Mentorship m : network.all()) {
            List<MentorshipStep> history = m.history();
            assertEquals(MentorshipStatus.PROPOSED, history.get(0).status(), m::toString);
            for (int i = 1; i < history.size(); i++) {
                MentorshipStep before = history.get(i - 1);
                MentorshipStep after = history.get(i);
                assertTrue(before.status().next().contains(after.status()), m::toString);
                assertFalse(after.on().isBefore(before.on()), m::toString);
            }
            MentorshipStep last = history.get(history.size() - 1);
            if (last.status() == MentorshipStatus.CANCELLED || last.status() == MentorshipStatus.COMPLETED) {
                assertTrue(m.isParty(last.by()), m::toString);
            }
        }
    }

    private static void withinCapacity(Network network) {
        Map<PersonId, Long> active = network.all().stream().filter(m -> m.status() == MentorshipStatus.ACTIVE)
                .collect(Collectors.groupingBy(Mentorship::mentor, Collectors.counting()));
        for (Map.Entry<Integer, Integer> mentor : CAPACITY.entrySet()) {
            assertTrue(active.getOrDefault(network.people.get(mentor.getKey()), 0L) <= mentor.getValue(), active::toString);
        }
        Map<List<PersonId>, Long> open = network.all().stream().filter(m -> m.status().isOpen())
                .collect(Collectors.groupingBy(m -> List.of(m.mentee(), m.mentor()), Collectors.counting()));
        assertTrue(open.values().stream().allMatch(count -> count == 1), open::toString);
        for (Mentorship m : network.all()) {
            assertFalse(m.mentor().equals(m.mentee()), m::toString);
            assertFalse(m.mentorCouncil().equals(m.menteeCouncil()), m::toString);
        }
    }

    private static void nothingCharged(Network network) {
        network.storage.transaction(tx -> {
            try (var assessments = tx.fees().assessments(); var entries = tx.advisories().entries()) {
                assertEquals(0, assessments.count());
                assertEquals(0, entries.count());
            }
            return null;
        });
    }
}

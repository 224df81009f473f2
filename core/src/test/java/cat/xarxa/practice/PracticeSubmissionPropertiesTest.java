package cat.xarxa.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.Xarxa;
import cat.xarxa.common.Decision;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * Whatever the Technical Commission, the technical assistance and the publishers ask of the
 * submissions to a call, in whatever order and with whatever dates, a submission only moves along
 * the steps the bank allows, a published practice always has its sheet, only a selected one is
 * flagged for early dissemination, and a refused command leaves the stored record and the journal
 * as they were.
 */
class PracticeSubmissionPropertiesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2021-01-15T10:00:00Z"), Xarxa.NETWORK_ZONE);
    private static final LocalDate SUBMITTED = LocalDate.of(2020, 4, 10);

    /** A fresh network with a call and three submissions to it, and the statuses each has been through. */
    static final class Network {
        final Xarxa xarxa = Xarxa.builder()
                .storage(new MemoryStorageProvider().open(new StorageConfig(Map.of(), Map.of()))).clock(CLOCK)
                .discoverListeners(false).build();
        final GoodPractices bank = xarxa.goodPractices();
        final List<SubmissionId> submissions = new ArrayList<>();
        final Map<SubmissionId, List<SubmissionStatus>> lived = new HashMap<>();

        Network() {
            MemberId sabadell = xarxa.members().apply(new ApplyForMembership(IneCode.parse("081878"), LocalDate.of(2018, 2, 3)))
                    .orElseThrow();
            xarxa.members().admit(new AdmitMember(sabadell, LocalDate.of(2018, 4, 22), "AG 2018-04")).orElseThrow();
            PersonId marta = xarxa.people().register(new RegisterPerson("Marta Puig")).orElseThrow();
            CallId call = bank.open(new OpenCall("Convocatòria 2020", LocalDate.of(2020, 3, 2), LocalDate.of(2020, 4, 30),
                    PracticeThemes.CALL_2020)).orElseThrow().id();
            for (int i = 0; i < 3; i++) {
                PracticeSubmission s = bank.submit(new SubmitPractice(call, sabadell, "Pràctica " + i, List.of("Ajuntament"),
                        "Breu", marta, List.of(PracticeThemes.YOUTH), SUBMITTED.plusDays(i * 5L))).orElseThrow();
                submissions.add(s.id());
                lived.put(s.id(), new ArrayList<>(List.of(s.status())));
            }
        }

        PracticeSubmission stored(SubmissionId id) {
            return bank.submission(id).orElseThrow();
        }

        long journal() {
            return submissions.stream().mapToLong(id -> xarxa.history(PracticeSubmission.AGGREGATE_TYPE, id.toString()).size())
                    .sum();
        }

        @Override
        public String toString() {
            return lived.toString();
        }
    }

    /**
     * Runs a command on a submission. Whether it is accepted is foreseen from the record as it
     * stands; a refused one must leave the record and the journal as they were, an accepted one
     * is stored as returned with one more journal entry.
     */
    private static Network attempt(Network network, SubmissionId id, boolean expected,
                                   java.util.function.Function<GoodPractices, Decision<PracticeSubmission>> command) {
        PracticeSubmission before = network.stored(id);
        long journal = network.journal();

        Decision<PracticeSubmission> decision = command.apply(network.bank);

        assertEquals(expected, decision.isAccepted(), () -> before + ": " + decision.reasons());
        if (decision.isRejected()) {
            assertEquals(before, network.stored(id), () -> "a refusal changed the record: " + decision.reasons());
            assertEquals(journal, network.journal(), () -> "a refusal reached the journal: " + decision.reasons());
        } else {
            assertEquals(decision.orElseThrow(), network.stored(id), "the record returned is the one stored");
            assertEquals(journal + 1, network.journal(), "one event for one command");
            network.lived.get(id).add(network.stored(id).status());
        }
        return network;
    }

    private static Arbitrary<SubmissionId> aSubmission(Network network) {
        return Arbitraries.of(network.submissions);
    }

    /** A day around the submissions: now and then before them, mostly in the months after. */
    private static Arbitrary<LocalDate> aDay() {
        return Arbitraries.integers().between(-10, 150).map(SUBMITTED::plusDays);
    }

    private static Action.Dependent<Network> review() {
        return network -> Combinators.combine(aSubmission(network), Arbitraries.of(true, false), Arbitraries.of(true, false),
                aDay()).as((id, selected, early, on) -> Transformer.transform("review " + id + " selected " + selected
                + " early " + early + " on " + on, n -> {
                    PracticeSubmission s = n.stored(id);
                    boolean expected = s.status() == SubmissionStatus.SUBMITTED && (selected || !early)
                            && !on.isBefore(s.submittedOn());
                    return attempt(n, id, expected, bank -> bank.review(new ReviewSubmission(id, selected, early, on)));
                }));
    }

    private static Action.Dependent<Network> completeSheet() {
        Arbitrary<String> links = Arbitraries.of("", "https://xarxa.example.cat/fitxa", "fitxa sense adreça");
        return network -> Combinators.combine(aSubmission(network), links, aDay()).as((id, link, on) -> Transformer.transform(
                "sheet " + id + " '" + link + "' on " + on, n -> {
                    PracticeSubmission s = n.stored(id);
                    boolean expected = s.status() == SubmissionStatus.SELECTED && !link.contains(" ")
                            && (s.reviewedOn() == null || !on.isBefore(s.reviewedOn()));
                    return attempt(n, id, expected, bank -> bank.completeSheet(new CompleteSheet(id, "Context", "Descripció",
                            "Resultats", null, link, false, on)));
                }));
    }

    private static Action.Dependent<Network> publish() {
        return network -> Combinators.combine(aSubmission(network), aDay()).as((id, on) -> Transformer.transform(
                "publish " + id + " on " + on, n -> {
                    PracticeSubmission s = n.stored(id);
                    boolean expected = s.status() == SubmissionStatus.SELECTED && s.sheet() != null
                            && !on.isBefore(s.sheet().completedOn());
                    return attempt(n, id, expected, bank -> bank.publish(new PublishPractice(id, on)));
                }));
    }

    @Provide
    Arbitrary<ActionChain<Network>> histories() {
        return ActionChain.startWith(Network::new)
                .withAction(3, review())
                .withAction(3, completeSheet())
                .withAction(3, publish())
                .withMaxTransformations(20);
    }

    // ---------------------------------------------------------------- the invariants

    @Property(tries = 50)
    void aSubmissionOnlyMovesAlongTheBanksSteps(@ForAll("histories") ActionChain<Network> chain) {
        try {
            chain.withInvariant("each status follows from the one before", PracticeSubmissionPropertiesTest::followsNext)
                    .withInvariant("published only with its sheet", PracticeSubmissionPropertiesTest::publishedWithSheet)
                    .withInvariant("early only when selected", PracticeSubmissionPropertiesTest::earlyOnlyWhenSelected)
                    .run();
        } finally {
            chain.finalState().ifPresent(n -> n.xarxa.close());
        }
    }

    private static void followsNext(Network network) {
        network.lived.forEach((id, statuses) -> {
            assertEquals(SubmissionStatus.SUBMITTED, statuses.get(0));
            for (int i = 1; i < statuses.size(); i++) {
                SubmissionStatus from = statuses.get(i - 1);
                SubmissionStatus to = statuses.get(i);
                assertTrue(from == to || from.next().contains(to), () -> id + " went " + statuses);
            }
            assertEquals(statuses.get(statuses.size() - 1), network.stored(id).status());
        });
    }

    private static void publishedWithSheet(Network network) {
        for (SubmissionId id : network.submissions) {
            PracticeSubmission s = network.stored(id);
            if (s.status() == SubmissionStatus.PUBLISHED) {
                assertNotNull(s.sheet(), s::toString);
                assertNotNull(s.publishedOn(), s::toString);
                assertTrue(!s.publishedOn().isBefore(s.sheet().completedOn()), s::toString);
            }
        }
    }

    private static void earlyOnlyWhenSelected(Network network) {
        for (SubmissionId id : network.submissions) {
            PracticeSubmission s = network.stored(id);
            if (s.earlyDissemination()) {
                assertTrue(Set.of(SubmissionStatus.SELECTED, SubmissionStatus.PUBLISHED).contains(s.status()), s::toString);
            }
            if (s.status() != SubmissionStatus.SUBMITTED) {
                assertTrue(!s.reviewedOn().isBefore(s.submittedOn()), s::toString);
            }
        }
    }
}

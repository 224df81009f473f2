package cat.xarxa.workplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.Xarxa;
import cat.xarxa.common.Decision;
import cat.xarxa.governance.Body;
import cat.xarxa.memory.MemoryStorageProvider;
import cat.xarxa.spi.StorageConfig;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Whatever progress is reported on a plan's actions, in whatever order, an action only moves
 * along the statuses {@link ActionStatus#next()} allows, a done action is at 100 and stays done,
 * the evidence only grows, and a refused report leaves the plan and the journal as they were.
 */
class WorkPlanActionPropertiesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), Xarxa.NETWORK_ZONE);
    private static final LocalDate ON = LocalDate.of(2018, 6, 1);
    private static final List<String> ACTIONS = List.of("I.1.1", "I.1.2", "II.1.1");
    private static final String GOOD_LINK = "https://xarxa.example.cat/memoria";
    private static final String BAD_LINK = "memoria sense adreça";

    /** A fresh network with one adopted plan, and the statuses each action has been through. */
    static final class Network {
        final Xarxa xarxa = Xarxa.builder()
                .storage(new MemoryStorageProvider().open(new StorageConfig(Map.of(), Map.of()))).clock(CLOCK)
                .discoverListeners(false).build();
        final WorkPlans plans = xarxa.workPlans();
        final PlanId plan;
        final Map<String, List<ActionStatus>> lived = new LinkedHashMap<>();

        Network() {
            Responsible commission = Responsible.body(Body.TECHNICAL_COMMISSION);
            List<PlanAction> actions = ACTIONS.stream().map(code -> PlanAction.planned(code, "Acció " + code,
                    List.of(commission), List.of(Responsible.body(Body.TECHNICAL_SECRETARIAT)), List.of(),
                    List.of(PlanCell.year(2018)))).toList();
            plan = plans.adopt(new AdoptWorkPlan("Pla de treball 2017-2019", 2017, 2019, LocalDate.of(2017, 5, 17), "AG",
                    List.of(new StrategicLine("I", "Línia I", List.of(new Objective("I.1", "Objectiu", actions.subList(0, 2)))),
                            new StrategicLine("II", "Línia II", List.of(new Objective("II.1", "Objectiu",
                                    actions.subList(2, 3))))))).orElseThrow().id();
            ACTIONS.forEach(code -> lived.put(code, new ArrayList<>(List.of(ActionStatus.PLANNED))));
        }

        WorkPlan stored() {
            return plans.plan(plan).orElseThrow();
        }

        PlanAction action(String code) {
            return stored().action(code).orElseThrow();
        }

        long journal() {
            return xarxa.history(WorkPlan.AGGREGATE_TYPE, plan.toString()).size();
        }

        @Override
        public String toString() {
            return lived.toString();
        }
    }

    private static Network report(Network network, String code, ActionStatus status, int progress, String link) {
        WorkPlan before = network.stored();
        PlanAction action = before.action(code).orElseThrow();
        long journal = network.journal();
        Evidence evidence = link == null ? null : new Evidence(EvidenceKind.LINK, link, "", ON);
        boolean expected = action.status().next().contains(status) && (status != ActionStatus.DONE || progress == 100)
                && !BAD_LINK.equals(link);

        Decision<WorkPlan> decision = network.plans.report(new ReportProgress(network.plan, code, status, progress, evidence,
                ON));

        assertEquals(expected, decision.isAccepted(), () -> action + " to " + status + " " + progress + ": "
                + decision.reasons());
        if (decision.isRejected()) {
            assertEquals(before, network.stored(), () -> "a refusal changed the plan: " + decision.reasons());
            assertEquals(journal, network.journal(), () -> "a refusal reached the journal: " + decision.reasons());
            return network;
        }
        WorkPlan after = network.stored();
        assertEquals(decision.orElseThrow(), after, "the plan returned is the one stored");
        assertEquals(journal + 1, network.journal(), "one event for one report");
        PlanAction changed = after.action(code).orElseThrow();
        assertEquals(List.of(status, progress), List.of(changed.status(), changed.progress()));
        List<Evidence> grown = new ArrayList<>(action.evidence());
        if (evidence != null) {
            grown.add(evidence);
        }
        assertEquals(grown, changed.evidence(), "the evidence only grows");
        ACTIONS.stream().filter(c -> !c.equals(code))
                .forEach(c -> assertEquals(before.action(c), after.action(c), "the other actions stay as they were"));
        network.lived.get(code).add(status);
        return network;
    }

    private static Action.Independent<Network> reportProgress() {
        Arbitrary<Integer> progress = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(100)),
                Tuple.of(1, Arbitraries.just(0)),
                Tuple.of(4, Arbitraries.integers().between(0, 100)));
        Arbitrary<String> links = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just((String) null)),
                Tuple.of(2, Arbitraries.just(GOOD_LINK)),
                Tuple.of(1, Arbitraries.just(BAD_LINK)));
        return () -> Combinators.combine(Arbitraries.of(ACTIONS), Arbitraries.of(ActionStatus.class), progress, links)
                .as((code, status, percent, link) -> Transformer.transform(code + " " + status + " " + percent
                        + (link == null ? "" : " " + link), n -> report(n, code, status, percent, link)));
    }

    @Provide
    Arbitrary<ActionChain<Network>> histories() {
        return ActionChain.startWith(Network::new)
                .withAction(reportProgress())
                .withMaxTransformations(25);
    }

    // ---------------------------------------------------------------- the invariants

    @Property(tries = 50)
    void anActionOnlyMovesForwardAndIsDoneAtOneHundred(@ForAll("histories") ActionChain<Network> chain) {
        try {
            chain.withInvariant("each status follows from the one before", WorkPlanActionPropertiesTest::followsNext)
                    .withInvariant("done means 100", WorkPlanActionPropertiesTest::doneAtOneHundred)
                    .run();
        } finally {
            chain.finalState().ifPresent(n -> n.xarxa.close());
        }
    }

    private static void followsNext(Network network) {
        network.lived.forEach((code, statuses) -> {
            for (int i = 1; i < statuses.size(); i++) {
                assertTrue(statuses.get(i - 1).next().contains(statuses.get(i)), () -> code + " went " + statuses);
            }
            assertEquals(statuses.get(statuses.size() - 1), network.action(code).status());
        });
    }

    private static void doneAtOneHundred(Network network) {
        for (String code : ACTIONS) {
            PlanAction action = network.action(code);
            if (action.status() == ActionStatus.DONE) {
                assertEquals(100, action.progress(), action::toString);
            }
            assertTrue(action.progress() >= 0 && action.progress() <= 100, action::toString);
        }
    }
}

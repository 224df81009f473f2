package cat.xarxa.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.common.Decision;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * Whatever is asked of a member, in whatever order and with whatever dates, it only ever lives
 * a history the lifecycle allows, and its status is that of its last step.
 */
class MemberLifecyclePropertiesTest {

    @Provide
    Arbitrary<ActionChain<Member>> lifecycles() {
        Member start = Member.requestMembership(new MemberId(UUID.randomUUID()), MemberKind.MUNICIPALITY, "081878",
                "Sabadell", LocalDate.of(2026, 3, 2)).orElseThrow();
        return ActionChain.startWith(() -> start)
                .withAction(new Admit())
                .withAction(new Withdraw())
                .withMaxTransformations(12);
    }

    @Property(tries = 300)
    void aMemberOnlyLivesLegalHistories(@ForAll("lifecycles") ActionChain<Member> chain) {
        chain.withInvariant("history is legal", m -> assertTrue(MemberRules.historyProblem(m.history()).isEmpty()))
                .withInvariant("status is the last step", m ->
                        assertEquals(m.history().get(m.history().size() - 1).status(), m.status()))
                .withInvariant("status on the last date is the status", m ->
                        assertEquals(m.status(), m.statusOn(m.history().get(m.history().size() - 1).since()).orElseThrow()))
                .run();
    }

    private static Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 1500).map(days -> LocalDate.of(2025, 1, 1).plusDays(days));
    }

    /**
     * The lifecycle as the network's statutes tell it, written out here rather than taken from
     * the code under test: a pending council may be admitted or withdraw; a member may withdraw.
     */
    private static final Map<MemberStatus, Set<MemberStatus>> STATUTES = Map.of(
            MemberStatus.PENDING, Set.of(MemberStatus.MEMBER, MemberStatus.WITHDRAWN),
            MemberStatus.MEMBER, Set.of(MemberStatus.WITHDRAWN),
            MemberStatus.WITHDRAWN, Set.of());

    /**
     * Applies a decision, which must be an acceptance exactly when the statutes allow the move on
     * that date: an accepted one moves on, a rejected one leaves the member as it was.
     */
    private static Member follow(Member before, Decision<Member> decision, MemberStatus target, LocalDate on) {
        LocalDate last = before.history().get(before.history().size() - 1).since();
        boolean allowed = STATUTES.get(before.status()).contains(target) && !on.isBefore(last);
        assertEquals(allowed, decision.isAccepted(), before + " -> " + target + " on " + on + ": " + decision);
        if (decision.isAccepted()) {
            Member after = decision.orElseThrow();
            assertEquals(target, after.status());
            assertEquals(before.history().size() + 1, after.history().size());
            assertEquals(1, decision.events().size());
            return after;
        }
        assertTrue(List.of("member.illegal-transition", "member.date-before-last-change")
                .contains(decision.reasons().get(0).code()), decision.reasons().toString());
        return before;
    }

    private static final class Admit implements Action.Independent<Member> {
        @Override
        public Arbitrary<Transformer<Member>> transformer() {
            return dates().map(date -> Transformer.transform("admit on " + date,
                    m -> follow(m, m.admit(date, "AG " + date), MemberStatus.MEMBER, date)));
        }
    }

    private static final class Withdraw implements Action.Independent<Member> {
        @Override
        public Arbitrary<Transformer<Member>> transformer() {
            return dates().map(date -> Transformer.transform("withdraw on " + date,
                    m -> follow(m, m.withdraw(date, "baixa"), MemberStatus.WITHDRAWN, date)));
        }
    }
}

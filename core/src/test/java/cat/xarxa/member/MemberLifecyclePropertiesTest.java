package cat.xarxa.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.common.Decision;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
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
 * a history the statutes allow, and its rights at every date are those of its status then.
 */
class MemberLifecyclePropertiesTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);
    private static final RightsPolicy RIGHTS = new StatutoryRights(StandingPolicy.alwaysGood());

    /**
     * The lifecycle as the network's statutes tell it, written out here rather than taken from
     * the code under test.
     */
    private static final Map<MemberStatus, Set<MemberStatus>> STATUTES = Map.of(
            MemberStatus.APPLIED, Set.of(MemberStatus.PENDING, MemberStatus.MEMBER, MemberStatus.WITHDRAWN),
            MemberStatus.PENDING, Set.of(MemberStatus.MEMBER, MemberStatus.WITHDRAWN),
            MemberStatus.MEMBER, Set.of(MemberStatus.WITHDRAWN),
            MemberStatus.WITHDRAWN, Set.of(MemberStatus.APPLIED));

    /** The rights each status gives, from the statutes: applicants speak but do not vote. */
    private static final Map<MemberStatus, Rights> RIGHTS_BY_STATUS = Map.of(
            MemberStatus.APPLIED, new Rights(true, false, false, true),
            MemberStatus.PENDING, new Rights(true, false, false, true),
            MemberStatus.MEMBER, new Rights(true, true, true, true),
            MemberStatus.WITHDRAWN, new Rights(false, false, false, false));

    @Provide
    Arbitrary<ActionChain<Member>> lifecycles() {
        Member start = Member.requestMembership(new MemberId(UUID.randomUUID()), MemberKind.MUNICIPALITY, "081878",
                "Sabadell", FIRST_DAY).orElseThrow();
        return ActionChain.startWith(() -> start)
                .withAction(new Move("refer", MemberStatus.PENDING, (m, d) -> m.referToAssembly(d, "AG " + d)))
                .withAction(new Move("admit", MemberStatus.MEMBER, (m, d) -> m.admit(d, "AG " + d)))
                .withAction(new Move("withdraw", MemberStatus.WITHDRAWN, (m, d) -> m.withdraw(d, "baixa")))
                .withAction(new Move("apply again", MemberStatus.APPLIED, Member::applyAgain))
                .withMaxTransformations(16);
    }

    @Property(tries = 300)
    void aMemberOnlyLivesLegalHistoriesAndItsRightsFollowItsStatus(@ForAll("lifecycles") ActionChain<Member> chain) {
        chain.withInvariant("history is legal", m -> assertTrue(MemberRules.historyProblem(m.history()).isEmpty()))
                .withInvariant("status is the last step", m ->
                        assertEquals(m.history().get(m.history().size() - 1).status(), m.status()))
                .withInvariant("rights always match the status at that date", MemberLifecyclePropertiesTest::rightsMatch)
                .withInvariant("a membership period for each admission", m -> assertEquals(
                        m.history().stream().filter(c -> c.status() == MemberStatus.MEMBER).count(), m.periods().size()))
                .run();
    }

    /** Checks every date from the day before the first step to the day after the last. */
    private static void rightsMatch(Member member) {
        LocalDate last = member.history().get(member.history().size() - 1).since();
        for (LocalDate day = FIRST_DAY.minusDays(1); !day.isAfter(last.plusDays(1)); day = day.plusDays(1)) {
            MemberStatus status = null;
            for (StatusChange change : member.history()) {
                if (!change.since().isAfter(day)) {
                    status = change.status();
                }
            }
            Rights expected = status == null ? Rights.NONE : RIGHTS_BY_STATUS.get(status);
            assertEquals(expected, RIGHTS.rightsOn(member, day), member + " on " + day);
        }
    }

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

    /** One kind of request, on a date drawn over four years (mostly forward, sometimes back). */
    private record Move(String name, MemberStatus target, BiFunction<Member, LocalDate, Decision<Member>> request)
            implements Action.Independent<Member> {
        @Override
        public Arbitrary<Transformer<Member>> transformer() {
            return Arbitraries.integers().between(0, 1500).map(days -> FIRST_DAY.plusDays(days))
                    .map(date -> Transformer.transform(name + " on " + date,
                            m -> follow(m, request.apply(m, date), target, date)));
        }
    }
}

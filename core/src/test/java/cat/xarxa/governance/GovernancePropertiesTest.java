package cat.xarxa.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.Xarxa;
import cat.xarxa.common.Decision;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.common.Municipalities;
import cat.xarxa.common.Municipality;
import cat.xarxa.member.AdmitMember;
import cat.xarxa.member.ApplyForMembership;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberStatus;
import cat.xarxa.member.ReferToAssembly;
import cat.xarxa.member.WithdrawMember;
import cat.xarxa.memory.MemoryStorageProvider;
import cat.xarxa.spi.StorageConfig;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * However the electorate stands on the assembly's day (applied, pending, full or withdrawn
 * councils) and however they vote, under whatever quorum and majority: only the full members are
 * eligible and only their votes count, every vote cast is kept and counted once, the outcome is
 * the one the rules give for the tally, and the recorded decision adds up.
 */
class GovernancePropertiesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-15T10:00:00Z"), Xarxa.NETWORK_ZONE);
    private static final LocalDate APPLIED = LocalDate.of(2025, 2, 3);
    private static final LocalDate REFERRED = LocalDate.of(2025, 3, 3);
    private static final LocalDate ADMITTED = LocalDate.of(2025, 4, 22);
    private static final LocalDate WITHDRAWN = LocalDate.of(2026, 1, 31);
    private static final LocalDate ASSEMBLY_DAY = LocalDate.of(2026, 9, 24);
    private static final int MAX_ELECTORATE = 9;

    /** Real town councils of the province of Barcelona, enough for the largest electorate. */
    private static final List<Municipality> TOWNS = Municipalities.official().all().stream()
            .filter(m -> m.provinceCode().equals("08"))
            .sorted(Comparator.comparing(m -> m.code().toString()))
            .limit(MAX_ELECTORATE)
            .toList();

    /** A council of the electorate: where it stands on the day, and its vote if it casts one. */
    record Voter(MemberStatus status, Optional<VoteChoice> vote) {
    }

    @Provide
    Arbitrary<List<Voter>> electorates() {
        Arbitrary<Optional<VoteChoice>> vote = Arbitraries.of(VoteChoice.class).optional(0.75);
        return Combinators.combine(Arbitraries.of(MemberStatus.class), vote).as(Voter::new)
                .list().ofMinSize(0).ofMaxSize(MAX_ELECTORATE);
    }

    @Provide
    Arbitrary<VotingRules> rules() {
        return Combinators.combine(Arbitraries.integers().between(1, 4), Arbitraries.integers().between(0, 4),
                        Arbitraries.of(Majority.class))
                .as((denominator, numerator, majority) -> new VotingRules(Math.min(numerator, denominator), denominator,
                        majority));
    }

    private static MemberId register(Xarxa xarxa, Municipality town, MemberStatus status) {
        MemberId id = xarxa.members().apply(new ApplyForMembership(town.code(), APPLIED)).orElseThrow();
        switch (status) {
            case APPLIED -> {
            }
            case PENDING -> xarxa.members().referToAssembly(new ReferToAssembly(id, REFERRED, "AG 2025-04")).orElseThrow();
            case MEMBER -> xarxa.members().admit(new AdmitMember(id, ADMITTED, "AG 2025-04")).orElseThrow();
            case WITHDRAWN -> {
                xarxa.members().admit(new AdmitMember(id, ADMITTED, "AG 2025-04")).orElseThrow();
                xarxa.members().withdraw(new WithdrawMember(id, WITHDRAWN, "Acord de ple")).orElseThrow();
            }
        }
        return id;
    }

    @Property(tries = 100)
    void onlyFullMembersCountAndTheOutcomeFollowsTheRules(@ForAll("electorates") List<Voter> electorate,
                                                          @ForAll("rules") VotingRules rules) {
        try (Xarxa xarxa = Xarxa.builder().storage(new MemoryStorageProvider().open(new StorageConfig(Map.of(), Map.of())))
                .clock(CLOCK).discoverListeners(false).build()) {
            Map<MemberId, MemberStatus> statuses = new HashMap<>();
            List<Vote> votes = new ArrayList<>();
            for (int i = 0; i < electorate.size(); i++) {
                Voter voter = electorate.get(i);
                MemberId id = register(xarxa, TOWNS.get(i), voter.status());
                statuses.put(id, voter.status());
                voter.vote().ifPresent(choice -> votes.add(new Vote(id, choice)));
            }
            EventId assembly = xarxa.governance().schedule(new ScheduleEvent(EventKind.ORDINARY_ASSEMBLY, "Assemblea",
                    ASSEMBLY_DAY, null, null, MeetingFormat.VIRTUAL, null, "https://meet.example.cat/ag")).orElseThrow().id();

            Decision<AssemblyDecision> decided = xarxa.governance().putToVote(new PutToVote(assembly, "AG 2026-09 #1", null,
                    new Motion.General("Comptes anuals"), null, votes, rules));

            AssemblyDecision decision = decided.orElseThrow();
            Tally tally = decision.tally();
            long full = electorate.stream().filter(v -> v.status() == MemberStatus.MEMBER).count();
            assertEquals(full, tally.eligible(), "eligible: the full members on the day");
            assertTrue(tally.present() <= tally.eligible(), tally::toString);
            assertEquals(votes.size(), tally.yes() + tally.no() + tally.abstain() + tally.notCounted(), tally::toString);
            assertEquals(votes.stream().map(Vote::council).toList(), decision.votes().stream().map(CastVote::council).toList(),
                    "every vote kept, in the order cast");
            for (CastVote cast : decision.votes()) {
                MemberStatus status = statuses.get(cast.council());
                assertEquals(status == MemberStatus.MEMBER, cast.counted(), cast::toString);
                String expectedLimit = switch (status) {
                    case MEMBER -> "";
                    case APPLIED, PENDING -> "rights.pending-no-vote";
                    case WITHDRAWN -> "rights.not-a-member";
                };
                assertEquals(expectedLimit, cast.limitCode(), cast::toString);
            }
            assertEquals(votes.stream().filter(v -> statuses.get(v.council()) == MemberStatus.MEMBER
                    && v.choice() == VoteChoice.YES).count(), tally.yes());
            assertEquals(rules, decision.rules());
            assertEquals(rules.outcome(tally), decision.outcome());
            assertTrue(decision.consistent(), decision::toString);
            assertEquals(decision, xarxa.governance().decision(decision.id()).orElseThrow());
        }
    }
}

package cat.xarxa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cat.xarxa.common.Money;
import cat.xarxa.common.Municipalities;
import cat.xarxa.common.Municipality;
import cat.xarxa.fee.FeeAssessment;
import cat.xarxa.fee.FeeByKind;
import cat.xarxa.fee.FeePolicy;
import cat.xarxa.fee.FeeRule;
import cat.xarxa.fee.FeeRun;
import cat.xarxa.fee.FeeTerms;
import cat.xarxa.fee.FlatFee;
import cat.xarxa.fee.PerInhabitantFee;
import cat.xarxa.fee.Proration;
import cat.xarxa.fee.TieredFee;
import cat.xarxa.fee.TieredFee.Tier;
import cat.xarxa.member.AdmitMember;
import cat.xarxa.member.ApplyAsCountyCouncil;
import cat.xarxa.member.ApplyForMembership;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.RecordPopulation;
import cat.xarxa.member.WithdrawMember;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For any members and any policy, the annual run assesses exactly the members that owe, each the
 * fee worked out here from the policy as written, and its total is their sum to the cent.
 */
class FeeRunPropertiesTest {

    private static final int YEAR = 2026;
    private static final LocalDate FIRST_DAY = LocalDate.of(YEAR, 1, 1);
    private static final LocalDate NEXT_YEAR = LocalDate.of(YEAR + 1, 1, 1);
    private static final List<Municipality> CATALAN = Municipalities.official().all().stream()
            .filter(m -> m.communityCode().equals("09")).sorted(java.util.Comparator.comparing(m -> m.code())).toList();

    /**
     * A member to be: its kind, its 2025 population (null: none), when it applied, how long it
     * waited for the assembly (null: never admitted) and how long it stayed (null: still there).
     */
    record Plan(boolean townCouncil, Long inhabitants, int appliedDay, Integer waited, Integer stayed) {
    }

    @Provide
    Arbitrary<List<Plan>> plans() {
        return Combinators.combine(Arbitraries.of(true, true, false),
                        Arbitraries.longs().between(0, 300_000).injectNull(0.15),
                        Arbitraries.integers().between(0, 700),
                        Arbitraries.integers().between(0, 400).injectNull(0.2),
                        Arbitraries.integers().between(1, 500).injectNull(0.6))
                .as(Plan::new).list().ofMinSize(1).ofMaxSize(8);
    }

    @Provide
    Arbitrary<FeeRule> townCouncilRules() {
        Arbitrary<FeeRule> rates = Combinators.combine(Arbitraries.longs().between(0, 200_000),
                        Arbitraries.longs().between(0, 100_000), Arbitraries.longs().between(0, 2_000_000))
                .as((millionths, floor, span) -> new PerInhabitantFee(BigDecimal.valueOf(millionths, 6),
                        Money.ofCents(floor), Money.ofCents(floor + span)));
        Arbitrary<FeeRule> tiers = Arbitraries.longs().between(1, 100_000).list().ofMinSize(1).ofMaxSize(5)
                .map(tops -> {
                    List<Tier> bands = new ArrayList<>();
                    long from = 0;
                    for (int i = 0; i < tops.size(); i++) {
                        bands.add(new Tier(from, from + tops.get(i) - 1, Money.ofCents(15_000L * (i + 1))));
                        from += tops.get(i);
                    }
                    bands.add(new Tier(from, null, Money.ofCents(15_000L * (tops.size() + 1) + 1)));
                    return new TieredFee(bands);
                });
        return Arbitraries.oneOf(rates, tiers);
    }

    @Provide
    Arbitrary<FeeTerms> terms() {
        return Combinators.combine(Arbitraries.of(Proration.class),
                        Arbitraries.of(RoundingMode.class).filter(m -> m != RoundingMode.UNNECESSARY),
                        Arbitraries.of(true, false))
                .as((proration, rounding, pendingOwe) -> new FeeTerms(60, 30, proration, rounding, pendingOwe, List.of()));
    }

    @Property(tries = 100)
    void theRunAssessesEachMemberThatOwesItsFeeAndTheTotalIsTheirSum(
            @ForAll("plans") List<Plan> plans, @ForAll("townCouncilRules") FeeRule townCouncilRule,
            @ForAll("terms") FeeTerms terms, @ForAll("annualFlat") Money countyFee) {
        FeePolicy policy = new FeePolicy(YEAR, YEAR - 1, new FeeByKind(Map.of(MemberKind.MUNICIPALITY, townCouncilRule,
                MemberKind.COUNTY_COUNCIL, new FlatFee(countyFee))), terms, LocalDate.of(YEAR, 3, 20), "AG 2026-03");
        try (Xarxa xarxa = Xarxa.builder().setting(Xarxa.STORAGE, "memory")
                .clock(Clock.fixed(Instant.parse("2030-06-01T10:00:00Z"), Xarxa.NETWORK_ZONE)).build()) {
            Map<MemberId, Money> expected = new HashMap<>();
            List<MemberId> withoutPopulation = new ArrayList<>();
            for (int i = 0; i < plans.size(); i++) {
                Plan plan = plans.get(i);
                MemberId id = register(xarxa, plan, i);
                Optional<Stretch> stretch = owedStretch(plan, terms);
                if (stretch.isEmpty()) {
                    continue;
                }
                if (plan.townCouncil() && plan.inhabitants() == null) {
                    withoutPopulation.add(id);
                    continue;
                }
                Money annual = plan.townCouncil() ? annualFee(townCouncilRule, plan.inhabitants(), terms.rounding()) : countyFee;
                expected.put(id, prorate(annual, stretch.get(), terms));
            }
            xarxa.fees().approvePolicy(policy).orElseThrow();

            FeeRun run = xarxa.fees().assess(YEAR, LocalDate.of(YEAR + 1, 1, 10)).orElseThrow();

            Map<MemberId, Money> assessed = new HashMap<>();
            run.assessed().forEach(a -> assessed.put(a.member(), a.assessed()));
            assertEquals(expected, assessed);
            assertEquals(expected.values().stream().reduce(Money.ZERO, Money::plus), run.total());
            assertEquals(run.assessed().stream().map(FeeAssessment::assessed).reduce(Money.ZERO, Money::plus), run.total());
            assertEquals(Set.copyOf(withoutPopulation), run.notAssessable().keySet());
            assertEquals(run.total(), xarxa.fees().yearReport(YEAR, LocalDate.of(YEAR + 1, 1, 10)).total().assessed());
        }
    }

    @Provide
    Arbitrary<Money> annualFlat() {
        return Arbitraries.longs().between(0, 1_000_000).map(Money::ofCents);
    }

    private static MemberId register(Xarxa xarxa, Plan plan, int index) {
        LocalDate applied = LocalDate.of(YEAR - 1, 1, 1).plusDays(plan.appliedDay());
        MemberId id = plan.townCouncil()
                ? xarxa.members().apply(new ApplyForMembership(CATALAN.get(index * 17).code(), applied)).orElseThrow()
                : xarxa.members().apply(new ApplyAsCountyCouncil(String.format("%02d", index + 1), "Consell Comarcal " + index,
                        applied)).orElseThrow();
        LocalDate last = applied;
        if (plan.waited() != null) {
            last = applied.plusDays(plan.waited());
            xarxa.members().admit(new AdmitMember(id, last, "AG " + last)).orElseThrow();
        }
        if (plan.stayed() != null) {
            xarxa.members().withdraw(new WithdrawMember(id, last.plusDays(plan.stayed()), "Acord del Ple")).orElseThrow();
        }
        if (plan.inhabitants() != null) {
            xarxa.members().recordPopulation(new RecordPopulation(id, YEAR - 1, plan.inhabitants(), "INE")).orElseThrow();
        }
        return id;
    }

    /** The annual fee of a town council, read off the rule as the assembly wrote it. */
    private static Money annualFee(FeeRule rule, long inhabitants, RoundingMode rounding) {
        if (rule instanceof TieredFee tiers) {
            for (Tier tier : tiers.tiers()) {
                if (tier.from() <= inhabitants && (tier.to() == null || inhabitants <= tier.to())) {
                    return tier.amount();
                }
            }
            throw new AssertionError("no band for " + inhabitants);
        }
        PerInhabitantFee rate = (PerInhabitantFee) rule;
        BigDecimal product = rate.ratePerInhabitant().multiply(BigDecimal.valueOf(inhabitants)).setScale(2, rounding);
        BigDecimal fee = product.max(rate.floor().amount()).min(rate.cap().amount());
        return Money.euros(fee);
    }

    /** The days of the year a member owes, from the first to the day before {@code end}. */
    record Stretch(LocalDate first, LocalDate end) {
    }

    /** The days of the year the member owes: as an applicant too if pending members owe. */
    private static Optional<Stretch> owedStretch(Plan plan, FeeTerms terms) {
        LocalDate applied = LocalDate.of(YEAR - 1, 1, 1).plusDays(plan.appliedDay());
        LocalDate admitted = plan.waited() == null ? null : applied.plusDays(plan.waited());
        LocalDate from = terms.pendingMembersOwe() ? applied : admitted;
        if (from == null) {
            return Optional.empty();
        }
        LocalDate until = plan.stayed() == null ? NEXT_YEAR : (admitted == null ? applied : admitted).plusDays(plan.stayed());
        LocalDate first = from.isBefore(FIRST_DAY) ? FIRST_DAY : from;
        LocalDate end = until.isAfter(NEXT_YEAR) ? NEXT_YEAR : until;
        return first.isBefore(end) ? Optional.of(new Stretch(first, end)) : Optional.empty();
    }

    /**
     * The annual fee cut to the months or days of the stretch, the running total rounded at each
     * end so that the parts of a year add up to the whole.
     */
    private static Money prorate(Money annual, Stretch stretch, FeeTerms terms) {
        LocalDate last = stretch.end().minusDays(1);
        int days = Year.of(YEAR).length();
        return switch (terms.proration()) {
            case NONE -> annual;
            case BY_MONTH -> share(annual, last.getMonthValue(), 12, terms.rounding())
                    .minus(share(annual, stretch.first().getMonthValue() - 1, 12, terms.rounding()));
            case BY_DAY -> share(annual, last.getDayOfYear(), days, terms.rounding())
                    .minus(share(annual, stretch.first().getDayOfYear() - 1, days, terms.rounding()));
        };
    }

    private static Money share(Money annual, int units, int of, RoundingMode rounding) {
        return Money.euros(annual.amount().multiply(BigDecimal.valueOf(units)).divide(BigDecimal.valueOf(of), 2, rounding));
    }
}

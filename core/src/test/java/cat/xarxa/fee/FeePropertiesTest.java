package cat.xarxa.fee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.common.Money;
import cat.xarxa.fee.TieredFee.Tier;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.MemberStatus;
import cat.xarxa.member.Population;
import cat.xarxa.member.StatusChange;
import com.google.common.collect.ImmutableRangeSet;
import com.google.common.collect.Range;
import com.google.common.collect.RangeSet;
import com.google.common.collect.TreeRangeSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The fee rules and the proration, for any policy and any year: exact to the cent, and fair. */
class FeePropertiesTest {

    private static final MemberId MEMBER = new MemberId(new UUID(1, 1));

    private static FeeContext context(RoundingMode rounding) {
        return new FeeContext(rounding, Map.of());
    }

    private static FeeBasis basis(long inhabitants) {
        return new FeeBasis(MEMBER, MemberKind.MUNICIPALITY, new Population(2025, inhabitants, "INE"));
    }

    @Provide
    Arbitrary<RoundingMode> roundings() {
        return Arbitraries.of(RoundingMode.class).filter(m -> m != RoundingMode.UNNECESSARY);
    }

    @Provide
    Arbitrary<Money> annualFees() {
        return Arbitraries.longs().between(0, 5_000_000).map(Money::ofCents);
    }

    // ---------------------------------------------------------------- more inhabitants never pay less

    /**
     * Contiguous bands from 0 inhabitants, the last with no upper limit, with amounts that never
     * go down, listed in any order.
     */
    @Provide
    Arbitrary<TieredFee> tiers() {
        Arbitrary<List<Long>> widths = Arbitraries.longs().between(1, 50_000).list().ofMinSize(0).ofMaxSize(6);
        Arbitrary<List<Long>> steps = Arbitraries.longs().between(0, 300_000).list().ofSize(7);
        return Combinators.combine(widths, steps, Arbitraries.longs()).as((w, s, seed) -> {
            List<Tier> tiers = new ArrayList<>();
            long from = 0;
            long cents = s.get(6);
            for (int i = 0; i < w.size(); i++) {
                tiers.add(new Tier(from, from + w.get(i) - 1, Money.ofCents(cents)));
                from += w.get(i);
                cents += s.get(i);
            }
            tiers.add(new Tier(from, null, Money.ofCents(cents)));
            Collections.shuffle(tiers, new Random(seed));
            return new TieredFee(tiers);
        });
    }

    @Property
    void underTiersMoreInhabitantsNeverPayLess(@ForAll("tiers") TieredFee rule, @ForAll("roundings") RoundingMode rounding,
                                              @ForAll @LongRange(max = 400_000) long one,
                                              @ForAll @LongRange(max = 400_000) long other) {
        long fewer = Math.min(one, other);
        long more = Math.max(one, other);

        Money lower = rule.annualFee(basis(fewer), context(rounding)).orElseThrow();
        Money higher = rule.annualFee(basis(more), context(rounding)).orElseThrow();

        assertEquals(List.of(), rule.problems(context(rounding)));
        assertFalse(higher.isLessThan(lower), fewer + " pay " + lower + ", " + more + " pay " + higher + " under " + rule);
    }

    @Provide
    Arbitrary<PerInhabitantFee> ratesPerInhabitant() {
        Arbitrary<BigDecimal> rates = Arbitraries.longs().between(0, 2_000_000).map(millionths -> BigDecimal.valueOf(millionths, 6));
        Arbitrary<Long> limits = Arbitraries.longs().between(0, 3_000_000);
        return Combinators.combine(rates, limits.injectNull(0.3), limits.injectNull(0.3)).as((rate, a, b) -> {
            Money floor = a == null ? null : Money.ofCents(b == null ? a : Math.min(a, b));
            Money cap = b == null ? null : Money.ofCents(a == null ? b : Math.max(a, b));
            return new PerInhabitantFee(rate, floor, cap);
        });
    }

    @Property
    void atARatePerInhabitantMoreInhabitantsNeverPayLessAndTheFeeStaysWithinFloorAndCap(
            @ForAll("ratesPerInhabitant") PerInhabitantFee rule, @ForAll("roundings") RoundingMode rounding,
            @ForAll @LongRange(max = 2_000_000) long one, @ForAll @LongRange(max = 2_000_000) long other) {
        long fewer = Math.min(one, other);
        long more = Math.max(one, other);

        Money lower = rule.annualFee(basis(fewer), context(rounding)).orElseThrow();
        Money higher = rule.annualFee(basis(more), context(rounding)).orElseThrow();

        assertEquals(List.of(), rule.problems(context(rounding)));
        assertFalse(higher.isLessThan(lower), fewer + " pay " + lower + ", " + more + " pay " + higher + " under " + rule);
        for (Money fee : List.of(lower, higher)) {
            assertTrue(rule.floor() == null || !fee.isLessThan(rule.floor()), fee + " under " + rule);
            assertTrue(rule.cap() == null || !fee.isGreaterThan(rule.cap()), fee + " under " + rule);
        }
    }

    // ---------------------------------------------------------------- proration

    private static LocalDate firstDay(int year) {
        return LocalDate.of(year, 1, 1);
    }

    /** The days of a year, as the half-open stretches the member owed them. */
    private static RangeSet<LocalDate> days(LocalDate from, LocalDate until) {
        return ImmutableRangeSet.of(Range.closedOpen(from, until));
    }

    @Property
    void aWholeYearOwesTheAnnualFeeUnderEveryProrationAndRounding(
            @ForAll("annualFees") Money annual, @ForAll Proration proration, @ForAll("roundings") RoundingMode rounding,
            @ForAll @IntRange(min = 1900, max = 2999) int year, @ForAll @IntRange(max = 4000) int daysBefore) {
        // a member admitted some time before the year, as its status history says
        LocalDate admitted = firstDay(year).minusDays(daysBefore);
        RangeSet<LocalDate> owed = OwedDays.in(List.of(new StatusChange(MemberStatus.APPLIED, admitted.minusDays(30), ""),
                new StatusChange(MemberStatus.MEMBER, admitted, "AG")), false, year);

        ProratedFee whole = ProratedFee.of(annual, owed, year, proration, rounding);

        assertEquals(annual, whole.amount());
        assertEquals(Money.ZERO, whole.notOwed());
        assertEquals(whole.unitsInYear(), whole.owedUnits());
        assertEquals(switch (proration) {
            case NONE -> 1;
            case BY_MONTH -> 12;
            case BY_DAY -> Year.of(year).length();
        }, whole.unitsInYear());
    }

    /**
     * Cuts a year into consecutive stretches at the given days (by month, at the first of a month)
     * and hands them out alternately to two members' owed days, so each may owe several stretches.
     */
    private static List<RangeSet<LocalDate>> alternateStretches(int year, Proration proration, List<Integer> cuts) {
        TreeSet<LocalDate> bounds = new TreeSet<>();
        for (int cut : cuts) {
            LocalDate day = firstDay(year).plusDays(cut % Year.of(year).length());
            bounds.add(proration == Proration.BY_MONTH ? day.withDayOfMonth(1) : day);
        }
        bounds.remove(firstDay(year));
        bounds.add(firstDay(year + 1));
        List<RangeSet<LocalDate>> halves = List.of(TreeRangeSet.create(), TreeRangeSet.create());
        LocalDate from = firstDay(year);
        int turn = 0;
        for (LocalDate until : bounds) {
            halves.get(turn % 2).add(Range.closedOpen(from, until));
            from = until;
            turn++;
        }
        return halves;
    }

    @Property
    void stretchesThatShareOutTheYearAddUpExactlyToTheAnnualFee(
            @ForAll("annualFees") Money annual, @ForAll("roundings") RoundingMode rounding,
            @ForAll @IntRange(min = 1900, max = 2999) int year, @ForAll boolean byDay,
            @ForAll("cuts") List<Integer> cuts) {
        Proration proration = byDay ? Proration.BY_DAY : Proration.BY_MONTH;
        List<RangeSet<LocalDate>> halves = alternateStretches(year, proration, cuts);

        ProratedFee one = ProratedFee.of(annual, halves.get(0), year, proration, rounding);
        ProratedFee other = ProratedFee.of(annual, halves.get(1), year, proration, rounding);

        assertEquals(annual, one.amount().plus(other.amount()), one + " + " + other);
        assertEquals(one.unitsInYear(), one.owedUnits() + other.owedUnits());
        assertEquals(annual, one.amount().plus(one.notOwed()));
        assertEquals(other.notOwed(), one.amount());
        for (ProratedFee part : List.of(one, other)) {
            assertFalse(part.amount().isNegative(), part.toString());
            assertFalse(part.amount().isGreaterThan(annual), part.toString());
        }
    }

    @Provide
    Arbitrary<List<Integer>> cuts() {
        return Arbitraries.integers().between(0, 365).list().ofMinSize(1).ofMaxSize(5);
    }

    @Property
    void aMemberJoiningOnAnyDayOwesTheAnnualFeeLessWhatTheYearBeforeItWouldHaveOwed(
            @ForAll("annualFees") Money annual, @ForAll Proration proration, @ForAll("roundings") RoundingMode rounding,
            @ForAll @IntRange(min = 1900, max = 2999) int year, @ForAll @IntRange(max = 365) int dayOfYear) {
        LocalDate joined = firstDay(year).plusDays(dayOfYear % Year.of(year).length());

        ProratedFee after = ProratedFee.of(annual, days(joined, firstDay(year + 1)), year, proration, rounding);
        ProratedFee before = ProratedFee.of(annual, days(firstDay(year), joined), year, proration, rounding);

        assertEquals(annual, after.amount().plus(after.notOwed()));
        if (proration == Proration.BY_DAY || (proration == Proration.BY_MONTH && joined.getDayOfMonth() == 1)) {
            assertEquals(annual, after.amount().plus(before.amount()));
        } else {
            // the month (or, without proration, the year) it joined in is owed whole
            assertFalse(after.amount().plus(before.amount()).isLessThan(annual));
        }
    }

    @Property(tries = 200)
    void proratingByDayOwesTheDaysShareOfTheFeeWithinHalfACent(
            @ForAll("annualFees") Money annual, @ForAll @IntRange(min = 1900, max = 2999) int year,
            @ForAll @IntRange(max = 365) int joinedOn) {
        int daysInYear = Year.of(year).length();
        LocalDate joined = firstDay(year).plusDays(joinedOn % daysInYear);
        long owedDays = daysInYear - joined.getDayOfYear() + 1;

        Money owed = ProratedFee.of(annual, days(joined, firstDay(year + 1)), year, Proration.BY_DAY, RoundingMode.HALF_UP)
                .amount();

        BigDecimal exact = annual.amount().multiply(BigDecimal.valueOf(owedDays))
                .divide(BigDecimal.valueOf(daysInYear), 10, RoundingMode.HALF_EVEN);
        assertTrue(owed.amount().subtract(exact).abs().compareTo(new BigDecimal("0.005")) <= 0,
                owed + " for " + owedDays + " of " + daysInYear + " days of " + annual);
    }
}

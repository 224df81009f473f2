package cat.xarxa.json;

import cat.xarxa.common.Decision;
import cat.xarxa.common.Money;
import cat.xarxa.fee.AssessmentId;
import cat.xarxa.fee.CustomFee;
import cat.xarxa.fee.FeeAssessment;
import cat.xarxa.fee.FeeByKind;
import cat.xarxa.fee.FeeCorrection;
import cat.xarxa.fee.FeePolicy;
import cat.xarxa.fee.FeeRule;
import cat.xarxa.fee.FeeTerms;
import cat.xarxa.fee.FlatFee;
import cat.xarxa.fee.Payment;
import cat.xarxa.fee.PaymentId;
import cat.xarxa.fee.PaymentKind;
import cat.xarxa.fee.PerInhabitantFee;
import cat.xarxa.fee.ProratedFee;
import cat.xarxa.fee.Proration;
import cat.xarxa.fee.TieredFee;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.Population;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Fee records for generated networks, each one an import accepts: policies of every kind of rule
 * (flat, bands with and without an upper limit, per inhabitant with or without a floor and a cap,
 * by kind of member, custom) with any terms; assessments with or without the population figure,
 * any proration and up to three corrections made by the domain's own method; payments of
 * assessments and refunds. References, reasons and parameters hold the characters that make
 * JSON hard.
 */
final class FeeArbitraries {

    private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    private static final String AWKWARD = "abcdefghijklmnopqrstuvwxyzàèéíïòóúüçñ·ABCÀÉÍÑÇ0123456789 ,;:'\"\\/{}[]\n\t";
    /** Put after a text whole: a character beyond the BMP is two {@code char}s, which must not come apart. */
    private static final List<String> ENDINGS = List.of("", "", " 😀", "𝄞", "\u2028");
    private static final int[] UNITS_IN_A_YEAR = {1, 12, 365, 366};

    private FeeArbitraries() {
    }

    /** Up to four policies of distinct years, up to eight assessments and up to eight payments. */
    static Arbitrary<FeePlans> plans() {
        return Combinators.combine(policies().list().ofMaxSize(4).uniqueElements(FeePolicy::year),
                        assessmentPlans().list().ofMaxSize(8), paymentPlans().list().ofMaxSize(8))
                .as(FeePlans::new);
    }

    /** A policy any year from 1900, as an assembly could approve it. */
    static Arbitrary<FeePolicy> policies() {
        Arbitrary<Integer> years = Arbitraries.integers().between(1900, 2999);
        return Combinators.combine(years, Arbitraries.integers().between(0, 120), rules(), terms(),
                        Arbitraries.integers().between(0, 14_000).map(EARLIEST::plusDays), references())
                .as((year, earlier, rule, terms, approvedOn, decision) ->
                        new FeePolicy(year, Math.max(1900, year - earlier), rule, terms, approvedOn, decision));
    }

    /** A rule of any kind; by kind of member, each kind's rule of any other kind. */
    static Arbitrary<FeeRule> rules() {
        // Per-inhabitant rules come up more often: they have four shapes (floor, cap, both, neither)
        // and every run must see each of them.
        Arbitrary<FeeRule> plain = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, flat()),
                net.jqwik.api.Tuple.of(1, tiers()), net.jqwik.api.Tuple.of(4, perInhabitant()),
                net.jqwik.api.Tuple.of(1, custom()));
        Arbitrary<FeeRule> byKind = Combinators.combine(
                        Arbitraries.subsetOf(MemberKind.values()).ofMinSize(1),
                        plain.list().ofSize(MemberKind.values().length))
                .as((kinds, rules) -> {
                    Map<MemberKind, FeeRule> byItsKind = new EnumMap<>(MemberKind.class);
                    kinds.forEach(kind -> byItsKind.put(kind, rules.get(kind.ordinal())));
                    return new FeeByKind(byItsKind);
                });
        return Arbitraries.oneOf(plain, byKind);
    }

    private static Arbitrary<FeeRule> flat() {
        return amounts().map(FlatFee::new);
    }

    /** Bands one after the other, with gaps or none, the last one open or not, in any order. */
    private static Arbitrary<FeeRule> tiers() {
        Arbitrary<long[]> band = Combinators.combine(Arbitraries.longs().between(0, 50_000),
                        Arbitraries.longs().between(0, 3), Arbitraries.longs().between(0, 100_000_000))
                .as((width, gap, cents) -> new long[] {width, gap, cents});
        return Combinators.combine(band.list().ofMinSize(1).ofMaxSize(4), Arbitraries.of(true, false),
                        Arbitraries.of(true, false), Arbitraries.longs().between(0, 1_000))
                .as((bands, lastOpen, reversed, start) -> {
                    List<TieredFee.Tier> tiers = new ArrayList<>();
                    long from = start;
                    for (int i = 0; i < bands.size(); i++) {
                        long[] b = bands.get(i);
                        boolean open = lastOpen && i == bands.size() - 1;
                        Long to = open ? null : from + b[0];
                        tiers.add(new TieredFee.Tier(from, to, Money.ofCents(b[2])));
                        from = from + b[0] + 1 + b[1];
                    }
                    if (reversed) {
                        Collections.reverse(tiers);
                    }
                    return new TieredFee(tiers);
                });
    }

    /** A rate of up to six decimals, with a floor, a cap, both (the floor not above the cap) or neither. */
    private static Arbitrary<FeeRule> perInhabitant() {
        Arbitrary<BigDecimal> rates = Combinators.combine(Arbitraries.longs().between(0, 10_000_000),
                        Arbitraries.integers().between(0, 6))
                .as(BigDecimal::valueOf);
        return Combinators.combine(rates, amounts(), amounts(), Arbitraries.integers().between(0, 3))
                .as((rate, one, other, limits) -> {
                    Money floor = one.isGreaterThan(other) ? other : one;
                    Money cap = one.isGreaterThan(other) ? one : other;
                    return new PerInhabitantFee(rate, (limits & 1) == 0 ? null : floor, (limits & 2) == 0 ? null : cap);
                });
    }

    /** The test calculator, with up to three parameters of any text. */
    private static Arbitrary<FeeRule> custom() {
        Arbitrary<String> texts = texts(20);
        return Arbitraries.maps(Arbitraries.oneOf(Arbitraries.just("base"), texts.filter(key -> !key.isBlank())), texts)
                .ofMaxSize(3)
                .map(parameters -> new CustomFee(SolidarityIndex.NAME, parameters));
    }

    /** Terms an assembly could approve: any proration and rounding but {@code UNNECESSARY}, increasing reminders. */
    static Arbitrary<FeeTerms> terms() {
        List<RoundingMode> roundings = Arrays.stream(RoundingMode.values())
                .filter(mode -> mode != RoundingMode.UNNECESSARY).toList();
        return Combinators.combine(Arbitraries.integers().between(0, 366), Arbitraries.integers().between(0, 366),
                        Arbitraries.of(Proration.class), Arbitraries.of(roundings), Arbitraries.of(true, false),
                        Arbitraries.integers().between(-366, 366).set().ofMaxSize(4))
                .as((due, grace, proration, rounding, pending, reminders) -> new FeeTerms(due, grace, proration,
                        rounding, pending, reminders.stream().sorted().toList()));
    }

    /** Amounts up to a million euros. */
    static Arbitrary<Money> amounts() {
        return Arbitraries.longs().between(0, 100_000_000).map(Money::ofCents);
    }

    /** A decision's reference: not blank, at most 200 characters, trimmed as the policy keeps it. */
    private static Arbitrary<String> references() {
        return texts(80).map(String::trim).filter(text -> !text.isEmpty());
    }

    /** Texts with accents, quotes, line breaks and characters beyond the BMP. */
    private static Arbitrary<String> texts(int maxLength) {
        return Combinators.combine(Arbitraries.strings().withChars(AWKWARD).ofMaxLength(maxLength),
                        Arbitraries.of(ENDINGS))
                .as(String::concat);
    }

    private static Arbitrary<AssessmentPlan> assessmentPlans() {
        Arbitrary<CorrectionStep> correction = Combinators.combine(Arbitraries.integers().between(0, 90),
                        Arbitraries.longs().between(-200_000, 200_000), texts(40))
                .as(CorrectionStep::new);
        return Combinators.combine(Arbitraries.integers().between(0, 11), Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(0, 14_000), Arbitraries.integers().between(0, 400),
                        Arbitraries.of(true, false), Arbitraries.longs().between(0, 100_000_000),
                        Arbitraries.integers().between(0, UNITS_IN_A_YEAR.length - 1),
                        correction.list().ofMaxSize(3))
                .as(AssessmentPlan::new);
    }

    private static Arbitrary<PaymentPlan> paymentPlans() {
        return Combinators.combine(Arbitraries.integers().between(-3, 7), Arbitraries.integers().between(0, 11),
                        Arbitraries.integers().between(0, 400), Arbitraries.longs().between(1, 100_000_000), texts(40))
                .as(PaymentPlan::new);
    }

    /** What fee records a generated network holds, before it knows its members. */
    record FeePlans(List<FeePolicy> policies, List<AssessmentPlan> assessments, List<PaymentPlan> payments) {

        /**
         * The assessments of the planned members under the planned policies, one per member and
         * year at most, and the payments of those assessments and refunds to the members.
         *
         * @param seed    makes the ids, so that they do not come in the order they are made
         * @param members the network's members; without any there are no assessments nor payments
         */
        FeeRecords madeFor(long seed, List<Member> members) {
            List<FeeAssessment> assessed = new ArrayList<>();
            Set<String> assessedSlots = new HashSet<>();
            if (!members.isEmpty() && !policies.isEmpty()) {
                for (int i = 0; i < assessments.size(); i++) {
                    AssessmentPlan plan = assessments.get(i);
                    Member member = members.get(plan.member() % members.size());
                    FeePolicy policy = policies.get(plan.policy() % policies.size());
                    if (assessedSlots.add(member.id() + "/" + policy.year())) {
                        assessed.add(plan.assess(new AssessmentId(new UUID(seed + 59L * i, 600 + i)), member, policy));
                    }
                }
            }
            List<Payment> made = new ArrayList<>();
            if (!members.isEmpty()) {
                for (int i = 0; i < payments.size(); i++) {
                    PaymentId id = new PaymentId(new UUID(seed + 61L * i, 700 + i));
                    made.add(payments.get(i).madeFor(id, assessed, members));
                }
            }
            return new FeeRecords(policies, assessed, withRefundsWithinCredit(made, assessed));
        }
    }

    /**
     * The payments, and of the refunds, taken by date as the commands would take them, those that
     * fit the member's credit, cut down to it (and left out where there is none).
     */
    private static List<Payment> withRefundsWithinCredit(List<Payment> made, List<FeeAssessment> assessed) {
        List<Payment> kept = new ArrayList<>(made.stream().filter(p -> p.kind() == PaymentKind.PAYMENT).toList());
        List<Payment> refunds = made.stream().filter(p -> p.kind() == PaymentKind.REFUND)
                .sorted(java.util.Comparator.comparing(Payment::on).thenComparing(p -> p.id().toString())).toList();
        for (Payment refund : refunds) {
            List<FeeAssessment> ofMember = assessed.stream().filter(a -> a.member().equals(refund.member())).toList();
            List<Payment> paidByMember = kept.stream().filter(p -> p.member().equals(refund.member())).toList();
            // Dated after everything else of the member's, so that the credit it takes is there for good.
            LocalDate last = java.util.stream.Stream.concat(
                    ofMember.stream().flatMap(a -> java.util.stream.Stream.concat(java.util.stream.Stream.of(a.issuedOn()),
                            a.corrections().stream().map(FeeCorrection::on))),
                    paidByMember.stream().map(Payment::on)).max(LocalDate::compareTo).orElse(refund.on());
            LocalDate on = last.isAfter(refund.on()) ? last.plusDays(refund.on().getDayOfYear()) : refund.on();
            Money credit = cat.xarxa.fee.FeeAccount.lowestCreditFrom(refund.member(), ofMember, paidByMember, on);
            if (credit.isPositive()) {
                Money amount = refund.amount().isGreaterThan(credit) ? credit : refund.amount();
                kept.add(new Payment(refund.id(), refund.member(), PaymentKind.REFUND, null, on, amount,
                        refund.reference()));
            }
        }
        return kept;
    }

    /** The fee records of a generated network. */
    record FeeRecords(List<FeePolicy> policies, List<FeeAssessment> assessments, List<Payment> payments) {
    }

    /**
     * An assessment, to be made for one of the members under one of the policies.
     *
     * @param member         which member (modulo how many there are)
     * @param policy         which policy (modulo how many there are)
     * @param issuedAfter    days after 1990-01-01 it was issued
     * @param dueAfter       days after issue it is due; the grace ends as many days later again
     * @param withPopulation whether the figure used is recorded, as a rule that looks at population does
     * @param annualCents    the annual fee
     * @param units          which way the year is cut (one unit, months, days of a common or a leap year)
     * @param corrections    corrections made after it, each kept if the domain accepts it
     */
    record AssessmentPlan(int member, int policy, int issuedAfter, int dueAfter, boolean withPopulation,
                          long annualCents, int units, List<CorrectionStep> corrections) {

        FeeAssessment assess(AssessmentId id, Member of, FeePolicy policy) {
            LocalDate issuedOn = EARLIEST.plusDays(issuedAfter);
            int unitsInYear = UNITS_IN_A_YEAR[units];
            int owed = (int) (annualCents % (unitsInYear + 1));
            Money annual = Money.ofCents(annualCents);
            ProratedFee prorated = new ProratedFee(annual, owed, unitsInYear,
                    Money.ofCents(annualCents * owed / unitsInYear));
            Population figure = withPopulation
                    ? new Population(policy.populationYear(), annualCents % 2_000_000, "INE, padró 1/1/" + policy.populationYear())
                    : null;
            Proration proration = Proration.values()[units % Proration.values().length];
            FeeAssessment assessment = new FeeAssessment(id, of.id(), of.kind(), policy.year(), figure, prorated, proration,
                    issuedOn, issuedOn.plusDays(dueAfter), issuedOn.plusDays(2L * dueAfter), List.of(), 0);
            LocalDate on = issuedOn;
            for (CorrectionStep step : corrections) {
                on = on.plusDays(step.daysLater());
                Decision<FeeAssessment> corrected = assessment.correct(
                        new FeeCorrection(on, Money.ofCents(step.cents()), step.reason()));
                if (corrected.isAccepted()) {
                    assessment = corrected.orElseThrow();
                }
            }
            return assessment;
        }
    }

    /**
     * A correction of an assessment.
     *
     * @param daysLater after the correction before, or the issue
     * @param cents     what it adds, or takes off if negative; one of zero or one that makes the
     *                  total negative is refused by the domain and left out
     */
    record CorrectionStep(int daysLater, long cents, String reason) {
    }

    /**
     * A payment of one of the assessments or, without any, a refund.
     *
     * @param assessment which assessment it pays (modulo how many there are); negative for a refund
     * @param member     which member a refund goes to (modulo how many there are)
     * @param daysLater  after the assessment was issued, or after 2020-01-01 for a refund
     */
    record PaymentPlan(int assessment, int member, int daysLater, long cents, String reference) {

        Payment madeFor(PaymentId id, List<FeeAssessment> assessments, List<Member> members) {
            if (assessment < 0 || assessments.isEmpty()) {
                return new Payment(id, members.get(member % members.size()).id(), PaymentKind.REFUND, null,
                        LocalDate.of(2020, 1, 1).plusDays(daysLater), Money.ofCents(cents), reference);
            }
            FeeAssessment paid = assessments.get(assessment % assessments.size());
            return new Payment(id, paid.member(), PaymentKind.PAYMENT, paid.id(), paid.issuedOn().plusDays(daysLater),
                    Money.ofCents(cents), reference);
        }
    }
}

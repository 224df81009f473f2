package cat.xarxa.fee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cat.xarxa.common.Decision;
import cat.xarxa.common.Money;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Whatever a member is assessed, corrected, pays and is refunded (within its credit), in whatever
 * order these are recorded, its statement at any date makes and loses no cent.
 */
class FeeAccountPropertiesTest {

    private static final MemberId MEMBER = new MemberId(new UUID(1, 1));
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);

    /** An assessment to be: issued on a day, due some days later, with some days of grace. */
    record Issue(int issuedDay, int dueAfter, int graceDays, long cents) {
    }

    enum Kind { PAYMENT, REFUND, CORRECTION }

    /** Something recorded, in the order generated, dated on a day that need not follow the last. */
    record Step(Kind kind, int day, int target, long cents) {
    }

    @Provide
    Arbitrary<List<Issue>> issues() {
        return Combinators.combine(Arbitraries.integers().between(0, 500), Arbitraries.integers().between(0, 60),
                        Arbitraries.integers().between(0, 30), Arbitraries.longs().between(0, 120_000))
                .as(Issue::new).list().ofMinSize(1).ofMaxSize(3);
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Kind> kinds = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(Kind.PAYMENT)),
                Tuple.of(2, Arbitraries.just(Kind.REFUND)), Tuple.of(2, Arbitraries.just(Kind.CORRECTION)));
        return Combinators.combine(kinds, Arbitraries.integers().between(0, 700),
                        Arbitraries.integers().between(0, 2), Arbitraries.longs().between(-100_000, 150_000))
                .as(Step::new).list().ofMaxSize(25);
    }

    @Property(tries = 500)
    void allocationNeitherMakesNorLosesACent(@ForAll("issues") List<Issue> issues, @ForAll("steps") List<Step> steps) {
        List<FeeAssessment> assessments = new ArrayList<>();
        for (int i = 0; i < issues.size(); i++) {
            Issue issue = issues.get(i);
            LocalDate issued = FIRST_DAY.plusDays(issue.issuedDay());
            LocalDate due = issued.plusDays(issue.dueAfter());
            Money amount = Money.ofCents(issue.cents());
            assessments.add(new FeeAssessment(new AssessmentId(new UUID(2, i)), MEMBER, MemberKind.MUNICIPALITY,
                    2026, null, new ProratedFee(amount, 12, 12, amount), Proration.BY_MONTH, issued, due,
                    due.plusDays(issue.graceDays()), List.of(), 0));
        }
        List<Payment> payments = new ArrayList<>();
        for (Step step : steps) {
            record(step, assessments, payments);
        }

        for (LocalDate date : datesOfInterest(assessments, payments)) {
            FeeStatement statement = FeeAccount.statementOn(MEMBER, assessments, payments, date);
            Money paid = sum(payments.stream().filter(p -> p.kind() == PaymentKind.PAYMENT && !p.on().isAfter(date))
                    .map(Payment::amount));
            Money refunded = sum(payments.stream().filter(p -> p.kind() == PaymentKind.REFUND && !p.on().isAfter(date))
                    .map(Payment::amount));
            Money covered = sum(statement.lines().stream().map(StatementLine::paid));
            String context = "on " + date + ": " + statement;

            assertEquals(paid, statement.paid(), context);
            assertEquals(refunded, statement.refunded(), context);
            assertEquals(paid.minus(refunded), covered.plus(statement.credit()), context);
            assertEquals(statement.outstanding().minus(statement.credit()), statement.balance(), context);
            assertFalse(statement.credit().isNegative(), context);
            for (StatementLine line : statement.lines()) {
                assertFalse(line.outstanding().isNegative(), context);
                assertFalse(line.paid().isNegative(), context);
                assertEquals(line.total(), line.paid().plus(line.outstanding()), context);
            }
            assertEquals(statement.assessed(), sum(statement.lines().stream().map(StatementLine::total)), context);
        }
    }

    /**
     * Records a step if the facade would: a payment not before its assessment, a correction the
     * assessment accepts and not before the last refund, a refund of some of the credit there is on
     * its date and on every later date.
     */
    private static void record(Step step, List<FeeAssessment> assessments, List<Payment> payments) {
        LocalDate on = FIRST_DAY.plusDays(step.day());
        int index = step.target() % assessments.size();
        FeeAssessment target = assessments.get(index);
        PaymentId id = new PaymentId(new UUID(3, payments.size()));
        switch (step.kind()) {
            case PAYMENT -> {
                if (step.cents() > 0 && !on.isBefore(target.issuedOn())) {
                    payments.add(new Payment(id, MEMBER, PaymentKind.PAYMENT, target.id(), on, Money.ofCents(step.cents()), ""));
                }
            }
            case CORRECTION -> {
                boolean afterRefunds = payments.stream().noneMatch(p -> p.kind() == PaymentKind.REFUND && p.on().isAfter(on));
                Decision<FeeAssessment> corrected = target.correct(new FeeCorrection(on, Money.ofCents(step.cents()), "revisat"));
                if (afterRefunds && corrected.isAccepted()) {
                    assessments.set(index, corrected.orElseThrow());
                }
            }
            case REFUND -> {
                Money credit = Stream.concat(Stream.of(on), datesOfInterest(assessments, payments).tailSet(on).stream())
                        .map(d -> FeeAccount.statementOn(MEMBER, assessments, payments, d).credit())
                        .min(Comparator.naturalOrder()).orElseThrow();
                if (credit.isPositive()) {
                    Money amount = Money.ofCents(1 + Math.floorMod(step.cents(), credit.cents()));
                    payments.add(new Payment(id, MEMBER, PaymentKind.REFUND, null, on, amount, ""));
                }
            }
            default -> throw new IllegalStateException();
        }
    }

    /** Every date on which something happens, and the day before it. */
    private static TreeSet<LocalDate> datesOfInterest(List<FeeAssessment> assessments, List<Payment> payments) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (FeeAssessment a : assessments) {
            dates.addAll(List.of(a.issuedOn(), a.dueOn(), a.graceUntil(), a.graceUntil().plusDays(1)));
            a.corrections().forEach(c -> dates.add(c.on()));
        }
        payments.forEach(p -> dates.add(p.on()));
        new ArrayList<>(dates).forEach(d -> dates.add(d.minusDays(1)));
        return dates;
    }

    private static Money sum(Stream<Money> amounts) {
        return amounts.reduce(Money.ZERO, Money::plus);
    }
}

package cat.xarxa.fee;

import cat.xarxa.common.Money;
import cat.xarxa.member.MemberId;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Allocates a member's payments to its assessments and tells its statement at a date.
 *
 * <p>A payment goes to the assessment it names, up to what that assessment owes at the date of
 * the statement (corrections made by then included, so a fee lowered after it was paid leaves the
 * difference as credit); the rest becomes credit. A refund takes from the credit; if a fee raised
 * since has claimed part of the money refunded, the latest allocations before the refund give it
 * back, so that fee is owed again and the credit never falls below zero. Finally the credit pays
 * the unpaid assessments, the earliest due first. No cent is made or lost: the allocated amounts plus the credit are exactly
 * the payments less the refunds.
 */
public final class FeeAccount {

    private static final Comparator<FeeAssessment> BY_DUE_DATE = Comparator.comparing(FeeAssessment::dueOn)
            .thenComparingInt(FeeAssessment::year).thenComparing(a -> a.id().toString());
    private static final Comparator<Payment> BY_DATE = Comparator.comparing(Payment::on)
            .thenComparing(p -> p.id().toString());

    private FeeAccount() {
    }

    /**
     * The member's statement at the end of a date.
     *
     * @param member      the member
     * @param assessments its assessments (those issued after the date are left out)
     * @param payments    its payments and refunds (those after the date are left out)
     * @param date        the date
     */
    public static FeeStatement statementOn(MemberId member, List<FeeAssessment> assessments, List<Payment> payments,
                                           LocalDate date) {
        List<FeeAssessment> issued = assessments.stream().filter(a -> !a.issuedOn().isAfter(date)).sorted(BY_DUE_DATE)
                .toList();
        Map<AssessmentId, Money> totals = new LinkedHashMap<>();
        Map<AssessmentId, Money> allocated = new LinkedHashMap<>();
        for (FeeAssessment a : issued) {
            totals.put(a.id(), a.totalOn(date));
            allocated.put(a.id(), Money.ZERO);
        }
        Money paid = Money.ZERO;
        Money refunded = Money.ZERO;
        Money credit = Money.ZERO;
        ArrayDeque<Allocation> made = new ArrayDeque<>();
        for (Payment p : payments.stream().filter(p -> !p.on().isAfter(date)).sorted(BY_DATE).toList()) {
            if (p.kind() == PaymentKind.REFUND) {
                refunded = refunded.plus(p.amount());
                credit = credit.minus(p.amount());
                while (credit.isNegative() && !made.isEmpty()) {
                    Allocation last = made.pop();
                    Money back = min(last.amount(), credit.negated());
                    allocated.merge(last.assessment(), back.negated(), Money::plus);
                    credit = credit.plus(back);
                    if (back.isLessThan(last.amount())) {
                        made.push(new Allocation(last.assessment(), last.amount().minus(back)));
                    }
                }
                continue;
            }
            paid = paid.plus(p.amount());
            Money room = totals.containsKey(p.assessment())
                    ? atLeastZero(totals.get(p.assessment()).minus(allocated.get(p.assessment()))) : Money.ZERO;
            Money taken = min(room, p.amount());
            if (taken.isPositive()) {
                allocated.merge(p.assessment(), taken, Money::plus);
                made.push(new Allocation(p.assessment(), taken));
            }
            credit = credit.plus(p.amount().minus(taken));
        }
        List<StatementLine> lines = new ArrayList<>();
        for (FeeAssessment a : issued) {
            Money room = totals.get(a.id()).minus(allocated.get(a.id()));
            Money fromCredit = credit.isPositive() ? min(room, credit) : Money.ZERO;
            credit = credit.minus(fromCredit);
            Money covered = allocated.get(a.id()).plus(fromCredit);
            Money outstanding = totals.get(a.id()).minus(covered);
            boolean unpaid = outstanding.isPositive();
            long overdue = unpaid && date.isAfter(a.dueOn()) ? ChronoUnit.DAYS.between(a.dueOn(), date) : 0;
            lines.add(new StatementLine(a.id(), a.year(), totals.get(a.id()), covered, outstanding, a.dueOn(), overdue,
                    unpaid && date.isAfter(a.graceUntil())));
        }
        Money assessed = totals.values().stream().reduce(Money.ZERO, Money::plus);
        return new FeeStatement(member, date, assessed, paid, refunded, credit, lines);
    }

    /**
     * The least credit the member has on a date or any later date something happens to its
     * account: what a refund on that date may take at most, so that no later statement shows the
     * refunded money claimed by a fee.
     */
    public static Money lowestCreditFrom(MemberId member, List<FeeAssessment> assessments, List<Payment> payments,
                                         LocalDate from) {
        Stream<LocalDate> changes = Stream.concat(
                assessments.stream().flatMap(a -> Stream.concat(Stream.of(a.issuedOn()),
                        a.corrections().stream().map(FeeCorrection::on))),
                payments.stream().map(Payment::on));
        return Stream.concat(Stream.of(from), changes).filter(d -> !d.isBefore(from)).distinct()
                .map(d -> statementOn(member, assessments, payments, d).credit())
                .min(Comparator.naturalOrder()).orElseThrow();
    }

    /** Part of a payment allocated to an assessment, in the order allocated. */
    private record Allocation(AssessmentId assessment, Money amount) {
    }

    private static Money min(Money a, Money b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Money atLeastZero(Money amount) {
        return amount.isNegative() ? Money.ZERO : amount;
    }
}

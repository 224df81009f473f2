package cat.xarxa.fee;

import cat.xarxa.common.Money;
import cat.xarxa.member.MemberId;
import java.time.LocalDate;
import java.util.List;

/**
 * A member's fee account at a date: what it was assessed, what it paid and was refunded, and
 * what it owes or has in credit. {@code balance = assessed − paid + refunded =
 * outstanding − credit}, to the cent.
 *
 * @param member   the member
 * @param asOf     the date
 * @param assessed every assessment issued by then, with the corrections made by then
 * @param paid     every payment received by then
 * @param refunded every refund paid by then
 * @param credit   what was paid beyond the fees and not refunded nor used; never negative
 * @param lines    each assessment, by due date
 */
public record FeeStatement(MemberId member, LocalDate asOf, Money assessed, Money paid, Money refunded, Money credit,
                           List<StatementLine> lines) {

    public FeeStatement {
        lines = List.copyOf(lines);
    }

    /** What the member owes (positive) or is owed (negative). */
    public Money balance() {
        return assessed.minus(paid).plus(refunded);
    }

    /** What remains unpaid over every assessment. */
    public Money outstanding() {
        return lines.stream().map(StatementLine::outstanding).reduce(Money.ZERO, Money::plus);
    }

    /** Whether an assessment is unpaid past its grace period. */
    public boolean inArrears() {
        return lines.stream().anyMatch(StatementLine::inArrears);
    }

    /** The most days any unpaid assessment is overdue; 0 if none. */
    public long daysOverdue() {
        return lines.stream().mapToLong(StatementLine::daysOverdue).max().orElse(0);
    }
}

package cat.xarxa.fee;

import cat.xarxa.common.Money;

/**
 * Sums over a set of assessments at a date.
 *
 * @param assessments how many
 * @param assessed    what they come to, corrections included
 * @param collected   what payments and credit have covered
 * @param outstanding what remains unpaid ({@code assessed − collected})
 */
public record FeeTotals(long assessments, Money assessed, Money collected, Money outstanding) {

    /** No assessments. */
    public static final FeeTotals NONE = new FeeTotals(0, Money.ZERO, Money.ZERO, Money.ZERO);

    /** These totals with one more statement line. */
    public FeeTotals plus(StatementLine line) {
        return new FeeTotals(assessments + 1, assessed.plus(line.total()), collected.plus(line.paid()),
                outstanding.plus(line.outstanding()));
    }
}

package cat.xarxa.fee;

import cat.xarxa.common.Money;
import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import com.google.common.collect.RangeSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;

/**
 * The part of an annual fee a member owes for the part of the year it belonged.
 *
 * <p>Rounding keeps every cent: the year is cut into units (12 months, or its 365 or 366 days),
 * the running total after unit {@code k} is {@code annual × k / units} rounded to cents by the
 * policy's rule, and a stretch of units owes the difference of the running totals at its ends.
 * Stretches that cover the year therefore add up to the annual fee exactly: the rounding
 * difference of one stretch is carried by the next, never lost. A whole year owes the annual fee.
 *
 * @param annualFee   the fee for the whole year
 * @param owedUnits   the units owed
 * @param unitsInYear the units of the year (1 without proration, 12 by month, 365 or 366 by day)
 * @param amount      what is owed
 */
public record ProratedFee(Money annualFee, int owedUnits, int unitsInYear, Money amount) {

    public ProratedFee {
        Objects.requireNonNull(annualFee, "annualFee");
        Objects.requireNonNull(amount, "amount");
    }

    /** The part of the annual fee that is not owed: with {@link #amount()}, exactly the annual fee. */
    public Money notOwed() {
        return annualFee.minus(amount);
    }

    /**
     * Cuts the annual fee to the owed days.
     *
     * @param annualFee the fee for the whole year; not negative
     * @param owed      the owed days within the year
     * @param year      the fiscal year
     * @param proration how to cut
     * @param rounding  how to round to cents
     */
    public static ProratedFee of(Money annualFee, RangeSet<LocalDate> owed, int year, Proration proration,
                                 RoundingMode rounding) {
        boolean[] units = owedUnits(owed, year, proration);
        long cents = annualFee.cents();
        long owedCents = 0;
        int count = 0;
        int runStart = -1;
        for (int k = 0; k <= units.length; k++) {
            boolean isOwed = k < units.length && units[k];
            if (isOwed) {
                count++;
                if (runStart < 0) {
                    runStart = k;
                }
            } else if (runStart >= 0) {
                owedCents += runningTotal(cents, k, units.length, rounding) - runningTotal(cents, runStart, units.length, rounding);
                runStart = -1;
            }
        }
        return new ProratedFee(annualFee, count, units.length, Money.ofCents(owedCents));
    }

    private static long runningTotal(long cents, int unitsDone, int units, RoundingMode rounding) {
        return BigDecimal.valueOf(cents).multiply(BigDecimal.valueOf(unitsDone))
                .divide(BigDecimal.valueOf(units), 0, rounding).longValueExact();
    }

    // Worked out from the ends of each owed stretch, not day by day: a run covers thousands of members.
    private static boolean[] owedUnits(RangeSet<LocalDate> owed, int year, Proration proration) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate next = first.plusYears(1);
        boolean[] units = new boolean[switch (proration) {
            case NONE -> 1;
            case BY_MONTH -> 12;
            case BY_DAY -> Year.of(year).length();
        }];
        for (Range<LocalDate> stretch : owed.asRanges()) {
            LocalDate from = !stretch.hasLowerBound() ? first : max(stretch.lowerBoundType() == BoundType.CLOSED
                    ? stretch.lowerEndpoint() : stretch.lowerEndpoint().plusDays(1), first);
            LocalDate until = !stretch.hasUpperBound() ? next : min(stretch.upperBoundType() == BoundType.OPEN
                    ? stretch.upperEndpoint() : stretch.upperEndpoint().plusDays(1), next);
            if (!from.isBefore(until)) {
                continue;
            }
            LocalDate last = until.minusDays(1);
            switch (proration) {
                case NONE -> units[0] = true;
                case BY_MONTH -> java.util.Arrays.fill(units, from.getMonthValue() - 1, last.getMonthValue(), true);
                case BY_DAY -> java.util.Arrays.fill(units, from.getDayOfYear() - 1, last.getDayOfYear(), true);
            }
        }
        return units;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}

package cat.xarxa.fee;

import cat.xarxa.common.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A correction of an assessment, in the manner of a credit note: an amount added to (positive) or
 * taken off (negative) the fee, with why. The assessment itself is never rewritten.
 *
 * @param on        the date of the correction
 * @param amount    what it adds, or takes off if negative; never zero
 * @param reason    why, e.g. {@code population figure corrected by INE}
 */
public record FeeCorrection(LocalDate on, Money amount, String reason) {
    public FeeCorrection {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(amount, "amount");
        reason = reason == null ? "" : reason;
    }
}

package cat.xarxa.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of euros with cents (import, en català), exact: never floating point.
 *
 * <p>Amounts are held as a {@link BigDecimal} with scale 2. Factories reject more than two
 * decimals rather than rounding silently; rounding happens only where a caller names the rule
 * ({@link #times(BigDecimal, RoundingMode)}). Amounts may be negative (a balance, a credit).
 * Immutable and thread-safe; {@link #toString()} and {@link #parse(String)} round-trip.
 */
public final class Money implements Comparable<Money> {

    /** Zero euros. */
    public static final Money ZERO = new Money(BigDecimal.ZERO.setScale(2));

    private final BigDecimal amount;

    private Money(BigDecimal amount) {
        this.amount = amount;
    }

    /**
     * Euros from a decimal text such as {@code "150.00"} or {@code "-3.5"}.
     *
     * @throws IllegalArgumentException if the text is not a number or has more than two decimals
     */
    public static Money euros(String amount) {
        Objects.requireNonNull(amount, "amount must not be null");
        BigDecimal parsed;
        try {
            parsed = new BigDecimal(amount.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an amount of euros: '" + amount + "'", e);
        }
        return euros(parsed);
    }

    /**
     * Euros from an exact decimal.
     *
     * @throws IllegalArgumentException if it has more than two decimals
     */
    public static Money euros(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount must not be null");
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > 2) {
            throw new IllegalArgumentException("money has at most two decimals: " + amount.toPlainString());
        }
        return new Money(amount.setScale(2, RoundingMode.UNNECESSARY));
    }

    /** The only currency the network keeps its accounts in. */
    public static final String CURRENCY = "EUR";

    /**
     * Reads an amount as a person or a file wrote it, e.g. from a portal's form: a decimal text
     * with at most two decimals, in euros.
     *
     * @param amount   the amount, e.g. {@code 150.00}
     * @param currency the ISO 4217 code; {@code EUR} (any case), or null when the context says euros
     * @throws InvalidAmountException with {@code money.not-a-number}, {@code money.too-many-decimals}
     *                                or {@code money.not-euro}
     */
    public static Money read(String amount, String currency) {
        if (currency != null && !CURRENCY.equalsIgnoreCase(currency.trim())) {
            throw new InvalidAmountException(Reason.of("money.not-euro", currency), null);
        }
        BigDecimal parsed;
        try {
            parsed = new BigDecimal(Objects.requireNonNull(amount, "amount").trim());
        } catch (NumberFormatException e) {
            throw new InvalidAmountException(Reason.of("money.not-a-number", amount), e);
        }
        if (parsed.stripTrailingZeros().scale() > 2) {
            throw new InvalidAmountException(Reason.of("money.too-many-decimals", amount), null);
        }
        return euros(parsed);
    }

    /** Whole euros. */
    public static Money euros(long wholeEuros) {
        return new Money(BigDecimal.valueOf(wholeEuros).setScale(2));
    }

    /** An amount given in cents, e.g. {@code ofCents(15000)} is 150.00 €. */
    public static Money ofCents(long cents) {
        return new Money(BigDecimal.valueOf(cents, 2));
    }

    /** Parses the form written by {@link #toString()}; the same as {@link #euros(String)}. */
    public static Money parse(String text) {
        return euros(text);
    }

    /** The amount as a decimal with scale 2; never null. */
    public BigDecimal amount() {
        return amount;
    }

    /** The amount in cents. */
    public long cents() {
        return amount.movePointRight(2).longValueExact();
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    /** Exact multiplication by a whole number. */
    public Money times(long factor) {
        return new Money(amount.multiply(BigDecimal.valueOf(factor)));
    }

    /** Multiplication by a decimal factor, rounded to cents with the rule the caller names. */
    public Money times(BigDecimal factor, RoundingMode rounding) {
        return new Money(amount.multiply(factor).setScale(2, rounding));
    }

    public Money negated() {
        return new Money(amount.negate());
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money other && amount.equals(other.amount);
    }

    @Override
    public int hashCode() {
        return amount.hashCode();
    }

    /** The plain decimal with two places, e.g. {@code 150.00}, {@code -3.50}. */
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}

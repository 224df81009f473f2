package cat.xarxa.common;

import java.util.Objects;

/**
 * The official INE municipality code (codi INE de municipi): five digits, two of province and
 * three of municipality, followed by a check digit, e.g. {@code 081878} for Sabadell.
 *
 * <p>The check digit weighs the five digits by position with three tables
 * ({@code T0 = 0123456789}, {@code T1 = 0382741596}, {@code T2 = 0246813579}; positions 1..5
 * use T2, T1, T0, T2, T1) and is {@code (10 - sum mod 10) mod 10}. Whether a valid code belongs
 * to a real municipality is a separate question, answered by {@link Municipalities}.
 * Immutable and thread-safe; {@link #toString()} and {@link #parse(String)} round-trip.
 */
public final class IneCode implements Comparable<IneCode> {

    private static final String T0 = "0123456789";
    private static final String T1 = "0382741596";
    private static final String T2 = "0246813579";
    private static final String[] WEIGHTS = {T2, T1, T0, T2, T1};

    private final String code;

    private IneCode(String code) {
        this.code = code;
    }

    /**
     * Parses a six-digit code and checks its check digit.
     *
     * @throws IllegalArgumentException naming the text and what is wrong with it
     */
    public static IneCode parse(String text) {
        Objects.requireNonNull(text, "INE code must not be null");
        String trimmed = text.trim();
        if (!trimmed.matches("\\d{6}")) {
            throw new IllegalArgumentException("an INE municipality code has six digits: '" + text + "'");
        }
        char expected = checkDigitOf(trimmed.substring(0, 5));
        if (trimmed.charAt(5) != expected) {
            throw new IllegalArgumentException("wrong check digit in INE code '" + text + "': expected " + expected);
        }
        return new IneCode(trimmed);
    }

    /**
     * The code for five digits (province and municipality), adding its check digit.
     *
     * @throws IllegalArgumentException if the text is not five digits
     */
    public static IneCode ofFiveDigits(String fiveDigits) {
        Objects.requireNonNull(fiveDigits, "INE code must not be null");
        if (!fiveDigits.matches("\\d{5}")) {
            throw new IllegalArgumentException("expected five digits of province and municipality: '" + fiveDigits + "'");
        }
        return new IneCode(fiveDigits + checkDigitOf(fiveDigits));
    }

    /** Whether the text is six digits with a correct check digit; never throws. */
    public static boolean isWellFormed(String text) {
        return text != null && text.matches("\\d{6}") && text.charAt(5) == checkDigitOf(text.substring(0, 5));
    }

    /** The check digit for five digits of province and municipality. */
    public static char checkDigitOf(String fiveDigits) {
        int sum = 0;
        for (int i = 0; i < 5; i++) {
            sum += WEIGHTS[i].charAt(fiveDigits.charAt(i) - '0') - '0';
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    /** The two digits of the province, e.g. {@code 08} for Barcelona. */
    public String provinceCode() {
        return code.substring(0, 2);
    }

    /** The five digits without the check digit, as in the INE tables. */
    public String fiveDigits() {
        return code.substring(0, 5);
    }

    /** The check digit. */
    public char checkDigit() {
        return code.charAt(5);
    }

    @Override
    public int compareTo(IneCode other) {
        return code.compareTo(other.code);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IneCode other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /** The six digits. */
    @Override
    public String toString() {
        return code;
    }
}

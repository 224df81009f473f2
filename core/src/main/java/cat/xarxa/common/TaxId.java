package cat.xarxa.common;

import java.util.Locale;
import java.util.Objects;

/**
 * The tax id (NIF) of a legal entity in Spain, e.g. {@code P0801900B} for a town council: a
 * letter for the kind of entity, seven digits and a control character.
 *
 * <p>The control is computed from the seven digits: the digits in even places are added; each
 * digit in an odd place is doubled and the digits of the result added; the control number is
 * {@code (10 - total mod 10) mod 10}. Public bodies and foreign entities (letters {@code N P Q R
 * S W}) write it as a letter ({@code JABCDEFGHI}[number]); companies {@code A B E H} as a digit;
 * the others either way. Text is read without spaces or hyphens and in upper case. Immutable
 * and thread-safe; {@link #toString()} and {@link #parse(String)} round-trip.
 */
public final class TaxId {

    private static final String ENTITY_LETTERS = "ABCDEFGHJNPQRSUVW";
    private static final String LETTER_CONTROL = "NPQRSW";
    private static final String DIGIT_CONTROL = "ABEH";
    private static final String CONTROL_LETTERS = "JABCDEFGHI";

    private final String value;

    private TaxId(String value) {
        this.value = value;
    }

    /**
     * Parses a tax id.
     *
     * @throws IllegalArgumentException naming the text and what is wrong
     */
    public static TaxId parse(String text) {
        Objects.requireNonNull(text, "tax id must not be null");
        String normalised = normalise(text);
        if (!normalised.matches("[" + ENTITY_LETTERS + "]\\d{7}[0-9A-J]")) {
            throw new IllegalArgumentException("a legal entity's NIF is a letter, seven digits and a control character: '" + text + "'");
        }
        if (!controlMatches(normalised)) {
            throw new IllegalArgumentException("wrong control character in NIF '" + text + "'");
        }
        return new TaxId(normalised);
    }

    /** Whether the text is a valid entity NIF; never throws. */
    public static boolean isValid(String text) {
        if (text == null) {
            return false;
        }
        String normalised = normalise(text);
        return normalised.matches("[" + ENTITY_LETTERS + "]\\d{7}[0-9A-J]") && controlMatches(normalised);
    }

    /** Upper case, without spaces, hyphens or dots. */
    public static String normalise(String text) {
        return text.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
    }

    private static boolean controlMatches(String nif) {
        int total = 0;
        for (int i = 1; i <= 7; i++) {
            int digit = nif.charAt(i) - '0';
            if (i % 2 == 0) {
                total += digit;
            } else {
                int doubled = digit * 2;
                total += doubled / 10 + doubled % 10;
            }
        }
        int number = (10 - total % 10) % 10;
        char kind = nif.charAt(0);
        char control = nif.charAt(8);
        boolean asLetter = control == CONTROL_LETTERS.charAt(number);
        boolean asDigit = control == (char) ('0' + number);
        if (LETTER_CONTROL.indexOf(kind) >= 0) {
            return asLetter;
        }
        if (DIGIT_CONTROL.indexOf(kind) >= 0) {
            return asDigit;
        }
        return asLetter || asDigit;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TaxId other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The nine characters, upper case. */
    @Override
    public String toString() {
        return value;
    }
}

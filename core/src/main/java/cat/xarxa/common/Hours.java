package cat.xarxa.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quantity of time counted in whole minutes (hores), exact and never negative; used by the
 * advisory hour bank, where a package is four hours.
 *
 * <p>Written as {@code h:mm} ({@code 4:00}, {@code 1:30}); {@link #parse(String)} also accepts
 * whole hours ({@code 4}). Immutable and thread-safe.
 */
public final class Hours implements Comparable<Hours> {

    /** No time at all. */
    public static final Hours ZERO = new Hours(0);

    private static final Pattern TEXT = Pattern.compile("(\\d{1,9})(?::([0-5]\\d))?");

    private final long minutes;

    private Hours(long minutes) {
        this.minutes = minutes;
    }

    /**
     * Whole hours.
     *
     * @throws IllegalArgumentException if negative
     */
    public static Hours of(long hours) {
        if (hours < 0) {
            throw new IllegalArgumentException("hours must not be negative: " + hours);
        }
        return new Hours(Math.multiplyExact(hours, 60));
    }

    /**
     * Hours and minutes, e.g. {@code of(1, 30)}.
     *
     * @throws IllegalArgumentException if negative or minutes are not 0..59
     */
    public static Hours of(long hours, int minutes) {
        if (minutes < 0 || minutes > 59) {
            throw new IllegalArgumentException("minutes must be between 0 and 59: " + minutes);
        }
        return ofMinutes(Math.addExact(of(hours).minutes, minutes));
    }

    /**
     * A number of minutes.
     *
     * @throws IllegalArgumentException if negative
     */
    public static Hours ofMinutes(long minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("minutes must not be negative: " + minutes);
        }
        return new Hours(minutes);
    }

    /**
     * Parses {@code h:mm} or whole hours.
     *
     * @throws IllegalArgumentException naming the text if it is not of that form
     */
    public static Hours parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a quantity of hours (h:mm): '" + text + "'");
        }
        long hours = Long.parseLong(m.group(1));
        int mins = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        return of(hours, mins);
    }

    public long toMinutes() {
        return minutes;
    }

    public Hours plus(Hours other) {
        return new Hours(Math.addExact(minutes, other.minutes));
    }

    /**
     * The difference.
     *
     * @throws IllegalArgumentException if the result would be negative
     */
    public Hours minus(Hours other) {
        if (other.minutes > minutes) {
            throw new IllegalArgumentException("hours must not be negative: " + this + " - " + other);
        }
        return new Hours(minutes - other.minutes);
    }

    public Hours times(long factor) {
        if (factor < 0) {
            throw new IllegalArgumentException("factor must not be negative: " + factor);
        }
        return new Hours(Math.multiplyExact(minutes, factor));
    }

    public boolean isZero() {
        return minutes == 0;
    }

    public boolean isLongerThan(Hours other) {
        return minutes > other.minutes;
    }

    @Override
    public int compareTo(Hours other) {
        return Long.compare(minutes, other.minutes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hours other && minutes == other.minutes;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(minutes);
    }

    /** {@code h:mm}, e.g. {@code 4:00}. */
    @Override
    public String toString() {
        return (minutes / 60) + ":" + String.format(java.util.Locale.ROOT, "%02d", minutes % 60);
    }
}

package cat.xarxa.member;

import java.util.Objects;

/**
 * The official population of a member for a reference year (població), with where the figure
 * comes from; fee policies use it.
 *
 * @param year        the reference year, e.g. {@code 2025}
 * @param inhabitants the number of inhabitants; not negative
 * @param source      where the figure comes from, e.g. {@code INE, padró 1/1/2025}; never blank
 */
public record Population(int year, long inhabitants, String source) {
    public Population {
        if (year < 1900 || year > 2999) {
            throw new IllegalArgumentException("a reference year is between 1900 and 2999: " + year);
        }
        if (inhabitants < 0) {
            throw new IllegalArgumentException("inhabitants must not be negative: " + inhabitants);
        }
        Objects.requireNonNull(source, "source");
        if (source.isBlank()) {
            throw new IllegalArgumentException("the source of a population figure must not be blank");
        }
    }
}

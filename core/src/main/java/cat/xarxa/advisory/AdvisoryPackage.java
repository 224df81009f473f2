package cat.xarxa.advisory;

import cat.xarxa.common.Hours;
import java.util.Objects;

/**
 * How many hours an advisory is given, and in how many sessions (seed 004: as a guide, packages
 * of four hours, two sessions of two hours).
 *
 * @param hours    the hours reserved for it; more than zero
 * @param sessions how many sessions they are meant for; at least one
 */
public record AdvisoryPackage(Hours hours, int sessions) {

    /** Four hours as two sessions of two hours. */
    public static final AdvisoryPackage DEFAULT = new AdvisoryPackage(Hours.of(4), 2);

    public AdvisoryPackage {
        Objects.requireNonNull(hours, "hours");
    }

    /** Whether the package is usable: some hours, at least one session. */
    public boolean isValid() {
        return !hours.isZero() && sessions >= 1;
    }
}

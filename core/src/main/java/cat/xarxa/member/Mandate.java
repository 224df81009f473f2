package cat.xarxa.member;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A person holding a role for a member during a period (mandat): from the first day to the day
 * it ends (that day no longer included); open while {@code to} is null.
 *
 * @param person the person
 * @param role   the role
 * @param from   the first day; never null
 * @param to     the day it ended, not included; null while it lasts
 */
public record Mandate(PersonId person, Role role, LocalDate from, LocalDate to) {

    public Mandate {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(from, "from");
        if (to != null && !to.isAfter(from)) {
            throw new IllegalArgumentException("a mandate ends after it starts: " + from + " to " + to);
        }
    }

    /** The end, if it has ended. */
    public Optional<LocalDate> end() {
        return Optional.ofNullable(to);
    }

    /** Whether it is still open. */
    public boolean isOpen() {
        return to == null;
    }

    /** Whether the person held the role on that date. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && (to == null || date.isBefore(to));
    }

    /** The same mandate ended on a date. */
    public Mandate endedOn(LocalDate end) {
        return new Mandate(person, role, from, end);
    }
}

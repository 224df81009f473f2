package cat.xarxa.member;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A stretch of full membership: from an admission to the withdrawal that ended it, if any. A
 * council that leaves and is admitted again has two periods.
 *
 * @param admittedOn  the date of the admission; never null
 * @param withdrawnOn the date it ended; null while it lasts
 */
public record MembershipPeriod(LocalDate admittedOn, LocalDate withdrawnOn) {

    public MembershipPeriod {
        Objects.requireNonNull(admittedOn, "admittedOn");
        if (withdrawnOn != null && withdrawnOn.isBefore(admittedOn)) {
            throw new IllegalArgumentException("a membership ends after it starts: " + admittedOn + " > " + withdrawnOn);
        }
    }

    /** The end, if it has ended. */
    public Optional<LocalDate> end() {
        return Optional.ofNullable(withdrawnOn);
    }

    /** Whether the date falls within the period (the withdrawal date itself is outside). */
    public boolean covers(LocalDate date) {
        return !date.isBefore(admittedOn) && (withdrawnOn == null || date.isBefore(withdrawnOn));
    }
}

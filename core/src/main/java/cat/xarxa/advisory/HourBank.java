package cat.xarxa.advisory;

import cat.xarxa.common.Decision;
import cat.xarxa.common.Hours;
import cat.xarxa.common.Reason;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The network's bag of advisory hours for a period (bossa d'hores), with its running totals.
 * {@code available = granted − reserved − consumed − expired}, never negative; every change is a
 * {@link LedgerEntry} and the totals are always the sum of the entries.
 *
 * @param period   the period's code, e.g. {@code 2026}
 * @param from     its first day
 * @param until    its last day
 * @param granted  the initial grant and every enlargement
 * @param reserved hours set aside for advisories and not yet consumed nor given back
 * @param consumed hours delivered in sessions
 * @param expired  hours left unused when the period ended
 * @param version  the version the store last saved; 0 if never stored
 */
public record HourBank(String period, LocalDate from, LocalDate until, Hours granted, Hours reserved, Hours consumed,
                       Hours expired, long version) {

    /** The aggregate type in the journal. */
    public static final String AGGREGATE_TYPE = LedgerEntry.AGGREGATE_TYPE;

    public HourBank {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(granted, "granted");
        Objects.requireNonNull(reserved, "reserved");
        Objects.requireNonNull(consumed, "consumed");
        Objects.requireNonNull(expired, "expired");
    }

    /** A new bank with nothing in it yet. */
    public static HourBank empty(String period, LocalDate from, LocalDate until) {
        return new HourBank(period, from, until, Hours.ZERO, Hours.ZERO, Hours.ZERO, Hours.ZERO, 0);
    }

    /** What can still be reserved. */
    public Hours available() {
        return granted.minus(reserved).minus(consumed).minus(expired);
    }

    /** The same bank as stored at a version. */
    public HourBank withVersion(long storedVersion) {
        return new HourBank(period, from, until, granted, reserved, consumed, expired, storedVersion);
    }

    /**
     * The bank after an entry, or why the entry does not fit: {@code advisory.hours-not-positive},
     * {@code advisory.bank-insufficient} (a reservation or expiry beyond what is available),
     * {@code advisory.beyond-reserved} (a release or consumption beyond what is reserved). Nothing
     * partial: an entry is taken whole or refused.
     */
    public Decision<HourBank> apply(LedgerEntry entry) {
        Hours hours = entry.hours();
        if (hours.isZero()) {
            return Decision.rejected(Reason.of("advisory.hours-not-positive", hours));
        }
        return switch (entry.kind()) {
            case GRANT, ENLARGEMENT -> accepted(granted.plus(hours), reserved, consumed, expired);
            case RESERVATION -> hours.isLongerThan(available())
                    ? Decision.rejected(Reason.of("advisory.bank-insufficient", hours, available(), period))
                    : accepted(granted, reserved.plus(hours), consumed, expired);
            case RELEASE -> hours.isLongerThan(reserved)
                    ? Decision.rejected(Reason.of("advisory.beyond-reserved", hours, reserved))
                    : accepted(granted, reserved.minus(hours), consumed, expired);
            case CONSUMPTION -> hours.isLongerThan(reserved)
                    ? Decision.rejected(Reason.of("advisory.beyond-reserved", hours, reserved))
                    : accepted(granted, reserved.minus(hours), consumed.plus(hours), expired);
            case EXPIRY -> hours.isLongerThan(available())
                    ? Decision.rejected(Reason.of("advisory.bank-insufficient", hours, available(), period))
                    : accepted(granted, reserved, consumed, expired.plus(hours));
        };
    }

    private Decision<HourBank> accepted(Hours newGranted, Hours newReserved, Hours newConsumed, Hours newExpired) {
        return Decision.accepted(new HourBank(period, from, until, newGranted, newReserved, newConsumed, newExpired,
                version), List.of());
    }

    /** Whether a date falls within the period. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(until);
    }
}

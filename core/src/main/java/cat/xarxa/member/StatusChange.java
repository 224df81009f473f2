package cat.xarxa.member;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One step in a member's history: the status it entered, from which date, and on what ground
 * (the application, the assembly decision, the reason for withdrawing).
 *
 * @param status    the status entered; never null
 * @param since     the date it takes effect; never null
 * @param reference the ground, e.g. {@code AG 2026-03}; never null, may be empty
 */
public record StatusChange(MemberStatus status, LocalDate since, String reference) {
    public StatusChange {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(since, "since");
        reference = reference == null ? "" : reference;
    }
}

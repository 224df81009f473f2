package cat.xarxa.advisory;

import cat.xarxa.common.Hours;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One movement of the hour bank, only ever added. The bank's balance is the sum of its entries.
 *
 * @param id        the id
 * @param period    the bank's period, e.g. {@code 2026}
 * @param kind      what it does to the balance
 * @param cause     why it was made
 * @param hours     how many; more than zero
 * @param on        the date
 * @param actor     who made it (the facade's actor)
 * @param reference the decision, request or note it answers to, e.g. {@code CE 2026-05, acord 2}; may be empty
 * @param advisory  the advisory it belongs to; null for grants, enlargements and expiry
 * @param session   the session it belongs to; null if none
 */
public record LedgerEntry(EntryId id, String period, EntryKind kind, EntryCause cause, Hours hours, LocalDate on,
                          String actor, String reference, AdvisoryId advisory, SessionId session) {

    /** The aggregate type of the ledger in the journal (its id is the period). */
    public static final String AGGREGATE_TYPE = "hour-bank";

    public LedgerEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(on, "on");
        actor = actor == null ? "" : actor;
        reference = reference == null ? "" : reference;
    }
}

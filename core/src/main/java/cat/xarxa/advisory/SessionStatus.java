package cat.xarxa.advisory;

/** Where a session stands. */
public enum SessionStatus {
    /** Scheduled. */
    PLANNED,
    /** Held: its actual duration was consumed from the bank. */
    DELIVERED,
    /** Cancelled: its planned hours were given back. */
    CANCELLED
}

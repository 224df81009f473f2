package cat.xarxa.advisory;

/** Where an advisory stands. */
public enum AdvisoryStatus {
    /** Requested, its hours reserved, no session yet. */
    OPEN,
    /** At least one session scheduled or delivered. */
    SCHEDULED,
    /** Completed: its unused hours were given back. */
    DELIVERED,
    /** Cancelled: its reservation was given back. */
    CANCELLED,
    /** Merged into a joint advisory, which carries its requests now. */
    MERGED;

    /** Whether it can still change (sessions, merging, providers). */
    public boolean isActive() {
        return this == OPEN || this == SCHEDULED;
    }
}

package cat.xarxa.governance;

import java.util.Set;

/** Where an event stands: scheduled, then held (with its attendance) or cancelled. */
public enum EventStatus {
    /** On the calendar. */
    SCHEDULED,
    /** It took place; its attendance is recorded. */
    HELD,
    /** It will not take place. */
    CANCELLED;

    /** The statuses this one may change into. */
    public Set<EventStatus> next() {
        return this == SCHEDULED ? Set.of(HELD, CANCELLED) : Set.of();
    }
}

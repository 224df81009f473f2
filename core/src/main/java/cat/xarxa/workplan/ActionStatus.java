package cat.xarxa.workplan;

import java.util.Set;

/** Where an action of a plan stands. */
public enum ActionStatus {
    /** Planned, not started. */
    PLANNED,
    /** Under way. */
    IN_PROGRESS,
    /** Done (progress 100). */
    DONE,
    /** Dropped; its evidence stays. */
    DROPPED;

    /** The statuses this one may change into; staying is allowed until it is done or dropped. */
    public Set<ActionStatus> next() {
        return switch (this) {
            case PLANNED -> Set.of(PLANNED, IN_PROGRESS, DONE, DROPPED);
            case IN_PROGRESS -> Set.of(IN_PROGRESS, DONE, DROPPED);
            case DONE, DROPPED -> Set.of();
        };
    }
}

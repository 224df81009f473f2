package cat.xarxa.care;

import java.util.EnumSet;
import java.util.Set;

/** Where a need stands: open, being worked on, addressed or dropped. */
public enum NeedStatus {
    /** Raised, nobody working on it yet. */
    OPEN,
    /** Being worked on (an advisory, a product, a contact...). */
    IN_PROGRESS,
    /** Answered. */
    ADDRESSED,
    /** No longer pursued. */
    DROPPED;

    /** The statuses this one may change into; addressed and dropped needs may be reopened. */
    public Set<NeedStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(IN_PROGRESS, ADDRESSED, DROPPED);
            case IN_PROGRESS -> EnumSet.of(OPEN, ADDRESSED, DROPPED);
            case ADDRESSED, DROPPED -> EnumSet.of(OPEN);
        };
    }

    /** Whether the need is still to be answered. */
    public boolean isPending() {
        return this == OPEN || this == IN_PROGRESS;
    }
}

package cat.xarxa.workinggroup;

import java.util.Set;

/** Where a working group stands. */
public enum GroupStatus {
    /** Proposed, from a member's need or a proposal. */
    PROPOSED,
    /** Working. */
    ACTIVE,
    /** Closed. */
    CLOSED;

    /** The statuses it may go to next. */
    public Set<GroupStatus> next() {
        return switch (this) {
            case PROPOSED -> Set.of(ACTIVE, CLOSED);
            case ACTIVE -> Set.of(CLOSED);
            case CLOSED -> Set.of();
        };
    }
}

package cat.xarxa.mentorship;

import java.util.Set;

/** Where a mentorship stands, from the proposal to its end. */
public enum MentorshipStatus {
    /** Proposed by the mentee, waiting for the mentor's answer. */
    PROPOSED,
    /** The mentor declined (freely: no obligation). */
    DECLINED,
    /** Nobody answered in time. */
    LAPSED,
    /** Accepted and under way. */
    ACTIVE,
    /** Completed with two meetings or more and the documentation shared. */
    COMPLETED,
    /** Its end date passed without completion or an extension. */
    EXPIRED,
    /** Cancelled by either person, with a reason. */
    CANCELLED;

    /** The statuses it may go to next. */
    public Set<MentorshipStatus> next() {
        return switch (this) {
            case PROPOSED -> Set.of(DECLINED, LAPSED, ACTIVE, CANCELLED);
            case ACTIVE -> Set.of(COMPLETED, EXPIRED, CANCELLED);
            case DECLINED, LAPSED, COMPLETED, EXPIRED, CANCELLED -> Set.of();
        };
    }

    /** Whether it is still open: proposed or active. */
    public boolean isOpen() {
        return this == PROPOSED || this == ACTIVE;
    }
}

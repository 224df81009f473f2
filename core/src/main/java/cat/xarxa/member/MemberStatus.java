package cat.xarxa.member;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a member stands in its admission lifecycle, and which statuses may follow.
 *
 * <pre>
 *   PENDING ──admit──▶ MEMBER ──withdraw──▶ WITHDRAWN
 *      └──────────────withdraw──────────────────┘
 * </pre>
 */
public enum MemberStatus {
    /** Asked the presidency to join; waits for a General Assembly (voice, no vote). */
    PENDING,
    /** Admitted by a General Assembly decision (alta). */
    MEMBER,
    /** Left the network (baixa); the history stays. */
    WITHDRAWN;

    /** The statuses this one may change into. */
    public Set<MemberStatus> next() {
        return switch (this) {
            case PENDING -> EnumSet.of(MEMBER, WITHDRAWN);
            case MEMBER -> EnumSet.of(WITHDRAWN);
            case WITHDRAWN -> EnumSet.noneOf(MemberStatus.class);
        };
    }

    /** Whether a change from this status to {@code target} is allowed. */
    public boolean canBecome(MemberStatus target) {
        return next().contains(target);
    }
}

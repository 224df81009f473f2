package cat.xarxa.member;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a member stands in its admission lifecycle, and which statuses may follow.
 *
 * <pre>
 *   APPLIED ──refer to assembly──▶ PENDING ──admit──▶ MEMBER ──withdraw──▶ WITHDRAWN
 *      │                              ▲                                      │
 *      └──────────admit───────────────┼──────────────────────────────────────┤
 *      └──────────withdraw (also from PENDING) ──────────────────────────────┘
 *   WITHDRAWN ──apply again──▶ APPLIED   (a new membership period; the history stays)
 * </pre>
 *
 * <p>A council asks the presidency to join (applied); the presidency refers the request to the
 * next General Assembly (pending); the assembly admits it (member). An assembly may also admit
 * a request that was not formally referred. Leaving (baixa) is possible at any stage; coming back
 * takes a new application.
 */
public enum MemberStatus {
    /** Asked the presidency to join (sol·licitud d'adhesió). */
    APPLIED,
    /** Referred to a General Assembly, which has not decided yet. */
    PENDING,
    /** Admitted by a General Assembly decision (alta). */
    MEMBER,
    /** Left the network, or withdrew its application (baixa); the history stays. */
    WITHDRAWN;

    /** The statuses this one may change into. */
    public Set<MemberStatus> next() {
        return switch (this) {
            case APPLIED -> EnumSet.of(PENDING, MEMBER, WITHDRAWN);
            case PENDING -> EnumSet.of(MEMBER, WITHDRAWN);
            case MEMBER -> EnumSet.of(WITHDRAWN);
            case WITHDRAWN -> EnumSet.of(APPLIED);
        };
    }

    /** Whether a change from this status to {@code target} is allowed. */
    public boolean canBecome(MemberStatus target) {
        return next().contains(target);
    }
}

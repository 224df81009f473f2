package cat.xarxa.governance;

import cat.xarxa.member.MemberId;
import java.util.Objects;

/**
 * A vote as the decision records it: whether it counted and, if not, why (the code of the rights
 * limit, e.g. {@code rights.pending-no-vote}: a pending member has voice, not vote).
 *
 * @param council    the council
 * @param choice     what it voted
 * @param counted    whether the vote counts
 * @param limitCode  why it does not count; empty when it counts
 */
public record CastVote(MemberId council, VoteChoice choice, boolean counted, String limitCode) {
    public CastVote {
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(choice, "choice");
        limitCode = limitCode == null ? "" : limitCode;
        if (counted != limitCode.isEmpty()) {
            throw new IllegalArgumentException("a vote that does not count says why, and only such a vote");
        }
    }
}

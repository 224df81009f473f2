package cat.xarxa.governance;

import cat.xarxa.member.MemberId;
import java.util.Objects;

/**
 * A council's vote as cast at the assembly.
 *
 * @param council the council
 * @param choice  yes, no or abstain
 */
public record Vote(MemberId council, VoteChoice choice) {
    public Vote {
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(choice, "choice");
    }
}

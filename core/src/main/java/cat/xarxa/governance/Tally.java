package cat.xarxa.governance;

import java.util.List;

/**
 * The count of a vote.
 *
 * @param eligible   members with vote on the assembly's day
 * @param yes        counted votes in favour
 * @param no         counted votes against
 * @param abstain    counted abstentions
 * @param notCounted votes cast by councils without vote that day
 */
public record Tally(int eligible, int yes, int no, int abstain, int notCounted) {

    public Tally {
        if (eligible < 0 || yes < 0 || no < 0 || abstain < 0 || notCounted < 0) {
            throw new IllegalArgumentException("a tally counts, it is never negative");
        }
        if (yes + no + abstain > eligible) {
            throw new IllegalArgumentException("more counted votes (" + (yes + no + abstain)
                    + ") than members with vote (" + eligible + ")");
        }
    }

    /** The members with vote that took part, abstentions included. */
    public int present() {
        return yes + no + abstain;
    }

    /** Counts the votes as recorded. */
    public static Tally of(int eligible, List<CastVote> votes) {
        int yes = 0;
        int no = 0;
        int abstain = 0;
        int notCounted = 0;
        for (CastVote vote : votes) {
            if (!vote.counted()) {
                notCounted++;
            } else if (vote.choice() == VoteChoice.YES) {
                yes++;
            } else if (vote.choice() == VoteChoice.NO) {
                no++;
            } else {
                abstain++;
            }
        }
        return new Tally(eligible, yes, no, abstain, notCounted);
    }
}

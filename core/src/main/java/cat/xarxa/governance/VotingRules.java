package cat.xarxa.governance;

import java.util.Objects;

/**
 * How an assembly decides: the quorum (a fraction of the members with vote on the day that must
 * vote, abstentions included) and the majority. Configurable per network with
 * {@code Xarxa.builder().votingRules(...)} and per motion.
 *
 * @param quorumNumerator   the quorum's numerator, e.g. 1
 * @param quorumDenominator the quorum's denominator, e.g. 2 (at least half)
 * @param majority          the majority
 */
public record VotingRules(int quorumNumerator, int quorumDenominator, Majority majority) {

    /** At least half of the members with vote take part; more yes than no. */
    public static final VotingRules DEFAULT = new VotingRules(1, 2, Majority.SIMPLE);

    public VotingRules {
        Objects.requireNonNull(majority, "majority");
        if (quorumDenominator <= 0 || quorumNumerator < 0 || quorumNumerator > quorumDenominator) {
            throw new IllegalArgumentException("a quorum is a fraction between 0 and 1: " + quorumNumerator + "/"
                    + quorumDenominator);
        }
    }

    /** Whether this many voters among this many members with vote make the quorum. */
    public boolean quorate(int present, int eligible) {
        return (long) present * quorumDenominator >= (long) eligible * quorumNumerator && (eligible == 0 || present > 0);
    }

    /** The outcome of a tally under these rules. */
    public Outcome outcome(Tally tally) {
        if (!quorate(tally.present(), tally.eligible())) {
            return Outcome.NO_QUORUM;
        }
        boolean carried = switch (majority) {
            case SIMPLE -> tally.yes() > tally.no();
            case ABSOLUTE -> 2L * tally.yes() > tally.eligible();
            case TWO_THIRDS -> tally.yes() > 0 && 3L * tally.yes() >= 2L * (tally.yes() + tally.no());
        };
        return carried ? Outcome.CARRIED : Outcome.DEFEATED;
    }
}

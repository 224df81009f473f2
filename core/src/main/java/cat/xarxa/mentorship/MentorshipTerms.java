package cat.xarxa.mentorship;

import java.time.Period;
import java.util.Objects;

/**
 * The programme's settings.
 *
 * @param maxDuration        how long a mentorship lasts at most without an extension (seed 004: one year)
 * @param proposalDays       how many days a proposal waits for an answer before it lapses
 * @param sameCouncilAllowed whether mentor and mentee may belong to the same council (by default no:
 *                           the programme is an exchange between councils)
 */
public record MentorshipTerms(Period maxDuration, int proposalDays, boolean sameCouncilAllowed) {

    /** One year, 30 days to answer, different councils. */
    public static final MentorshipTerms DEFAULT = new MentorshipTerms(Period.ofYears(1), 30, false);

    public MentorshipTerms {
        Objects.requireNonNull(maxDuration, "maxDuration");
        if (maxDuration.isNegative() || maxDuration.isZero() || proposalDays < 1) {
            throw new IllegalArgumentException("a mentorship lasts some time and a proposal waits a day at least");
        }
    }
}

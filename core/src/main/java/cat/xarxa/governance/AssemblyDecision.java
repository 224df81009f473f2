package cat.xarxa.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A decision of the General Assembly: the motion, every vote cast with whether it counted, the
 * tally, the rules it was counted under and the outcome. Immutable; a decision is never changed.
 *
 * @param id        the id
 * @param assembly  the assembly (an event) that took it
 * @param on        the assembly's day
 * @param reference how minutes cite it, e.g. {@code AG 2026-03 #2}
 * @param title     what was put to the vote, in words; may be empty
 * @param motion    the motion
 * @param votes     every vote cast, in the order given
 * @param tally     the count
 * @param rules     the rules it was counted under
 * @param outcome   carried, defeated or without quorum
 */
public record AssemblyDecision(DecisionId id, EventId assembly, LocalDate on, String reference, String title,
                               Motion motion, List<CastVote> votes, Tally tally, VotingRules rules, Outcome outcome) {

    /** The aggregate type in the journal. */
    public static final String AGGREGATE_TYPE = "assembly-decision";

    public AssemblyDecision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(assembly, "assembly");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(reference, "reference");
        title = title == null ? "" : title;
        Objects.requireNonNull(motion, "motion");
        votes = List.copyOf(votes);
        Objects.requireNonNull(tally, "tally");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** Whether the motion was carried. */
    public boolean carried() {
        return outcome == Outcome.CARRIED;
    }

    /** Whether the tally and the outcome follow from the votes and the rules; an import checks it. */
    public boolean consistent() {
        try {
            Tally recount = Tally.of(tally.eligible(), votes);
            return recount.equals(tally) && rules.outcome(recount) == outcome;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}

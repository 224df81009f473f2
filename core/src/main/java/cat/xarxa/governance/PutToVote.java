package cat.xarxa.governance;

import cat.xarxa.common.CommandValidator;
import cat.xarxa.fee.FeePolicy;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Puts a motion to the vote of an assembly and records the outcome. Only the councils with vote on
 * the assembly's day count; the others' votes are kept, marked as not counted.
 *
 * @param assembly  the assembly (an ordinary or extraordinary assembly on the calendar)
 * @param reference how the minutes cite the decision, e.g. {@code AG 2026-03 #2}; unique
 * @param title     what is put to the vote, in words; may be null
 * @param motion    the motion
 * @param feePolicy the policy to approve, for a {@link Motion.FeePolicyApproval}; null otherwise.
 *                  Its approval date and reference are taken from the assembly and the decision
 * @param votes     the votes cast; each council once
 * @param rules     the rules to count under, or null for the network's
 */
public record PutToVote(
        @NotNull EventId assembly,
        @NotBlank @Size(max = 200) String reference,
        @Size(max = 500) String title,
        @NotNull Motion motion,
        FeePolicy feePolicy,
        @NotNull @Size(max = 5000) List<@NotNull Vote> votes,
        VotingRules rules) {

    public PutToVote {
        CommandValidator.requireValid(PutToVote.class, assembly, reference, title, motion, feePolicy, votes, rules);
        reference = reference.trim();
        title = title == null ? "" : title.trim();
        votes = List.copyOf(votes);
    }

    /** A motion other than a fee policy, counted under the network's rules. */
    public static PutToVote of(EventId assembly, String reference, Motion motion, List<Vote> votes) {
        return new PutToVote(assembly, reference, null, motion, null, votes, null);
    }

    /** The approval of a fee policy, counted under the network's rules. */
    public static PutToVote feePolicy(EventId assembly, String reference, FeePolicy policy, List<Vote> votes) {
        return new PutToVote(assembly, reference, null, new Motion.FeePolicyApproval(policy.year()), policy, votes, null);
    }
}

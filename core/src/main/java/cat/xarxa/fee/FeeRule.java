package cat.xarxa.fee;

import cat.xarxa.common.Decision;
import cat.xarxa.common.Money;
import cat.xarxa.common.Reason;
import java.util.List;

/**
 * How a policy sets a member's annual fee, before proration. Rules are data: a policy stores
 * them and the JSON adapter reads and writes them. The kinds are
 * {@link FlatFee}, {@link TieredFee}, {@link PerInhabitantFee}, {@link FeeByKind} (a rule per kind
 * of member) and {@link CustomFee} (a rule a {@link CustomFeeCalculator} plugged in computes).
 */
public sealed interface FeeRule permits FlatFee, TieredFee, PerInhabitantFee, FeeByKind, CustomFee {

    /** The rule's type as written in data: {@code flat}, {@code tiers}, {@code per-inhabitant}, {@code by-kind}, {@code custom}. */
    String type();

    /**
     * The annual fee for a member, or the reasons it cannot be set (e.g. no population figure).
     *
     * @param basis   the member's kind and population
     * @param context the policy's rounding and the custom calculators available
     */
    Decision<Money> annualFee(FeeBasis basis, FeeContext context);

    /**
     * Whether the rule looks at the population of a member of this kind; if so, the figure used is
     * recorded on the assessment. A custom rule is taken to look at it.
     */
    boolean usesPopulation(cat.xarxa.member.MemberKind kind);

    /** What is wrong with the rule as data (negative amounts, overlapping tiers...); empty if nothing. */
    List<Reason> problems(FeeContext context);
}

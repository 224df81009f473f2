package cat.xarxa.fee;

import cat.xarxa.common.Decision;
import cat.xarxa.common.Money;
import cat.xarxa.common.Reason;
import java.util.List;
import java.util.Map;

/**
 * A fee rule of a network's own, plugged in by name: a {@link CustomFee} in a policy names it and
 * gives its parameters. Found with {@link java.util.ServiceLoader} (list the class in
 * {@code META-INF/services/cat.xarxa.fee.CustomFeeCalculator}) or handed to
 * {@code Xarxa.builder().feeCalculator(...)}. Implementations must be thread-safe and must not
 * use floating point: {@link Money} only.
 */
public interface CustomFeeCalculator {

    /** The name a policy uses, e.g. {@code solidarity-index}; lower case words joined by hyphens. */
    String name();

    /**
     * The annual fee for a member, or the reasons it cannot be set.
     *
     * @param basis      the member's kind and population
     * @param parameters the policy's parameters for the rule
     * @param context    the policy's rounding
     */
    Decision<Money> annualFee(FeeBasis basis, Map<String, String> parameters, FeeContext context);

    /** What is wrong with the parameters; by default nothing. */
    default List<Reason> problems(Map<String, String> parameters) {
        return List.of();
    }
}

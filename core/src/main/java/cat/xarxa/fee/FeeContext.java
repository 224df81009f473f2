package cat.xarxa.fee;

import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a rule needs besides the member: the policy's rounding rule and the custom calculators
 * plugged in, by name.
 *
 * @param rounding    how amounts are rounded to cents
 * @param calculators the custom calculators by {@link CustomFeeCalculator#name()}
 */
public record FeeContext(RoundingMode rounding, Map<String, CustomFeeCalculator> calculators) {

    public FeeContext {
        Objects.requireNonNull(rounding, "rounding");
        calculators = Map.copyOf(calculators);
    }

    /** The calculator plugged in under this name, if any. */
    public Optional<CustomFeeCalculator> calculator(String name) {
        return Optional.ofNullable(calculators.get(name));
    }
}

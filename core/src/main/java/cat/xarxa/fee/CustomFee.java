package cat.xarxa.fee;

import cat.xarxa.common.Decision;
import cat.xarxa.common.Money;
import cat.xarxa.common.Reason;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A rule a {@link CustomFeeCalculator} computes: the policy holds its name and parameters as
 * data, and the calculator plugged in under that name does the sums.
 *
 * @param name       the calculator's name: lower-case words joined by hyphens, at most 100 characters
 * @param parameters its parameters, e.g. {@code base=120.00}; kept in key order; names of at most
 *                   100 characters, values of at most 2,000
 */
public record CustomFee(String name, Map<String, String> parameters) implements FeeRule {

    /** The type in data. */
    public static final String TYPE = "custom";

    public CustomFee {
        Objects.requireNonNull(name, "name");
        parameters = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(parameters));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Decision<Money> annualFee(FeeBasis basis, FeeContext context) {
        return context.calculator(name)
                .map(c -> c.annualFee(basis, parameters, context))
                .orElseGet(() -> Decision.rejected(Reason.of("fee.unknown-calculator", name)));
    }

    @Override
    public List<Reason> problems(FeeContext context) {
        boolean wellFormed = name.length() <= 100 && name.matches("[a-z0-9]+(-[a-z0-9]+)*")
                && parameters.entrySet().stream().allMatch(p -> !p.getKey().isBlank() && p.getKey().length() <= 100
                        && p.getValue() != null && p.getValue().length() <= 2_000);
        if (!wellFormed) {
            return List.of(Reason.of("fee.custom-invalid", name));
        }
        return context.calculator(name).map(c -> c.problems(parameters))
                .orElseGet(() -> List.of(Reason.of("fee.unknown-calculator", name)));
    }

    @Override
    public boolean usesPopulation(cat.xarxa.member.MemberKind kind) {
        return true;
    }
}

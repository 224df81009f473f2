package cat.xarxa.fee;

import cat.xarxa.common.Decision;
import cat.xarxa.common.Money;
import cat.xarxa.common.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A custom fee rule as a network would plug one in through
 * {@code META-INF/services/cat.xarxa.fee.CustomFeeCalculator}: a base amount and so much for each
 * thousand inhabitants or part of a thousand, e.g. {@code base=100.00}, {@code perThousand=10.00}.
 */
public final class BasePlusPerThousandCalculator implements CustomFeeCalculator {

    /** The name a policy uses. */
    public static final String NAME = "base-plus-per-thousand";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Decision<Money> annualFee(FeeBasis basis, Map<String, String> parameters, FeeContext context) {
        if (basis.population() == null) {
            return Decision.rejected(Reason.of("fee.no-population", basis.member()));
        }
        long thousands = (basis.population().inhabitants() + 999) / 1000;
        Money fee = Money.parse(parameters.get("base")).plus(Money.parse(parameters.get("perThousand")).times(thousands));
        return Decision.accepted(fee, List.of());
    }

    @Override
    public List<Reason> problems(Map<String, String> parameters) {
        List<Reason> problems = new ArrayList<>();
        for (String key : List.of("base", "perThousand")) {
            Money amount = Money.parse(parameters.getOrDefault(key, "0"));
            if (amount.isNegative()) {
                problems.add(Reason.of("fee.negative-amount", amount));
            }
        }
        return problems;
    }
}

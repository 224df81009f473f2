package cat.xarxa.json;

import cat.xarxa.common.Decision;
import cat.xarxa.common.Money;
import cat.xarxa.common.Reason;
import cat.xarxa.fee.CustomFeeCalculator;
import cat.xarxa.fee.FeeBasis;
import cat.xarxa.fee.FeeContext;
import java.util.List;
import java.util.Map;

/**
 * A network's own fee rule for the tests: the {@code base} parameter, or nothing when it has
 * none. Plugged into every test network, so that a policy naming it imports; its sums do not
 * matter to a format.
 */
final class SolidarityIndex implements CustomFeeCalculator {

    static final String NAME = "solidarity-index";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Decision<Money> annualFee(FeeBasis basis, Map<String, String> parameters, FeeContext context) {
        String base = parameters.get("base");
        return base == null ? Decision.rejected(Reason.of("fee.no-population", basis.member()))
                : Decision.accepted(Money.read(base, null), List.of());
    }
}

package cat.xarxa.fee;

import cat.xarxa.common.Decision;
import cat.xarxa.common.Money;
import cat.xarxa.common.Reason;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An annual fee of so much per inhabitant, kept between a floor and a cap, e.g. 0.05 € per
 * inhabitant, at least 150 € and at most 15,000 €. The product is rounded to cents by the
 * policy's rule before the floor and the cap apply.
 *
 * @param ratePerInhabitant euros per inhabitant, e.g. {@code 0.05}; not negative, at most six decimals;
 *                          kept without trailing zeros
 * @param floor             the least fee; null for none
 * @param cap               the greatest fee; null for none
 */
public record PerInhabitantFee(BigDecimal ratePerInhabitant, Money floor, Money cap) implements FeeRule {

    /** The type in data. */
    public static final String TYPE = "per-inhabitant";

    public PerInhabitantFee {
        Objects.requireNonNull(ratePerInhabitant, "ratePerInhabitant");
        // One form for one rate (0.05, not 0.050000), so a policy reads back equal from any store.
        ratePerInhabitant = ratePerInhabitant.stripTrailingZeros();
        if (ratePerInhabitant.scale() < 0) {
            ratePerInhabitant = ratePerInhabitant.setScale(0);
        }
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Decision<Money> annualFee(FeeBasis basis, FeeContext context) {
        if (basis.population() == null) {
            return Decision.rejected(Reason.of("fee.no-population", basis.member()));
        }
        Money fee = Money.euros(ratePerInhabitant.multiply(BigDecimal.valueOf(basis.population().inhabitants()))
                .setScale(2, context.rounding()));
        if (floor != null && fee.isLessThan(floor)) {
            fee = floor;
        }
        if (cap != null && fee.isGreaterThan(cap)) {
            fee = cap;
        }
        return Decision.accepted(fee, List.of());
    }

    @Override
    public List<Reason> problems(FeeContext context) {
        List<Reason> problems = new ArrayList<>();
        if (ratePerInhabitant.signum() < 0) {
            problems.add(Reason.of("fee.negative-rate", ratePerInhabitant.toPlainString()));
        }
        if (ratePerInhabitant.stripTrailingZeros().scale() > 6) {
            problems.add(Reason.of("fee.rate-too-precise", ratePerInhabitant.toPlainString()));
        }
        for (Money limit : new Money[] {floor, cap}) {
            if (limit != null && limit.isNegative()) {
                problems.add(Reason.of("fee.negative-amount", limit));
            }
        }
        if (floor != null && cap != null && floor.isGreaterThan(cap)) {
            problems.add(Reason.of("fee.floor-above-cap", floor, cap));
        }
        return problems;
    }

    @Override
    public boolean usesPopulation(cat.xarxa.member.MemberKind kind) {
        return true;
    }
}

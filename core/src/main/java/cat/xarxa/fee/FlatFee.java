package cat.xarxa.fee;

import cat.xarxa.common.Decision;
import cat.xarxa.common.Money;
import cat.xarxa.common.Reason;
import java.util.List;
import java.util.Objects;

/**
 * The same annual fee for every member the rule applies to, e.g. 300 € for each county council.
 *
 * @param amount the annual fee; not negative
 */
public record FlatFee(Money amount) implements FeeRule {

    /** The type in data. */
    public static final String TYPE = "flat";

    public FlatFee {
        Objects.requireNonNull(amount, "amount");
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Decision<Money> annualFee(FeeBasis basis, FeeContext context) {
        return Decision.accepted(amount, List.of());
    }

    @Override
    public List<Reason> problems(FeeContext context) {
        return amount.isNegative() ? List.of(Reason.of("fee.negative-amount", amount)) : List.of();
    }

    @Override
    public boolean usesPopulation(cat.xarxa.member.MemberKind kind) {
        return false;
    }
}

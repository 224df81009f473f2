package cat.xarxa.fee;

import cat.xarxa.common.Decision;
import cat.xarxa.common.Money;
import cat.xarxa.common.Reason;
import com.google.common.collect.Range;
import com.google.common.collect.RangeMap;
import com.google.common.collect.TreeRangeMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An annual fee by bands of inhabitants (trams), e.g. up to 1,000 inhabitants 150 €, from 1,001
 * to 5,000 600 €. Both ends of a band count as in it, as written.
 *
 * @param tiers the bands, in any order; they must not overlap
 */
public record TieredFee(List<Tier> tiers) implements FeeRule {

    /** The type in data. */
    public static final String TYPE = "tiers";

    public TieredFee {
        tiers = List.copyOf(tiers);
    }

    /**
     * One band.
     *
     * @param from   the fewest inhabitants in the band, inclusive; not negative
     * @param to     the most inhabitants in the band, inclusive; null for no upper limit
     * @param amount the annual fee in the band; not negative
     */
    public record Tier(long from, Long to, Money amount) {
        public Tier {
            Objects.requireNonNull(amount, "amount");
        }

        /** The band as a range of inhabitants; call only on a band with {@code from <= to}. */
        Range<Long> range() {
            return to == null ? Range.atLeast(from) : Range.closed(from, to);
        }

        @Override
        public String toString() {
            return from + "–" + (to == null ? "" : to.toString());
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
        long inhabitants = basis.population().inhabitants();
        Money amount = bands().get(inhabitants);
        return amount == null
                ? Decision.rejected(Reason.of("fee.no-tier", inhabitants, basis.member()))
                : Decision.accepted(amount, List.of());
    }

    // Built on each use: rules are few and small, and a record holds no derived state.
    private RangeMap<Long, Money> bands() {
        RangeMap<Long, Money> bands = TreeRangeMap.create();
        tiers.forEach(t -> bands.put(t.range(), t.amount()));
        return bands;
    }

    @Override
    public List<Reason> problems(FeeContext context) {
        List<Reason> problems = new ArrayList<>();
        if (tiers.isEmpty()) {
            problems.add(Reason.of("fee.no-tiers"));
        }
        RangeMap<Long, Tier> seen = TreeRangeMap.create();
        for (Tier tier : tiers) {
            if (tier.amount().isNegative()) {
                problems.add(Reason.of("fee.negative-amount", tier.amount()));
            }
            if (tier.from() < 0 || (tier.to() != null && tier.to() < tier.from())) {
                problems.add(Reason.of("fee.tier-bounds", tier));
                continue;
            }
            Range<Long> range = tier.range();
            seen.subRangeMap(range).asMapOfRanges().values().stream().findFirst()
                    .ifPresent(other -> problems.add(Reason.of("fee.tiers-overlap", other, tier)));
            seen.put(range, tier);
        }
        return problems;
    }

    @Override
    public boolean usesPopulation(cat.xarxa.member.MemberKind kind) {
        return true;
    }
}

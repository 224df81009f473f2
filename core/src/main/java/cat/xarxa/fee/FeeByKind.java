package cat.xarxa.fee;

import cat.xarxa.common.Decision;
import cat.xarxa.common.Money;
import cat.xarxa.common.Reason;
import cat.xarxa.member.MemberKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A rule for each kind of member, e.g. a rate per inhabitant for town councils and a flat fee for
 * county councils. One level deep: the rule for a kind is not itself by kind.
 *
 * @param rules the rule for each kind; a kind left out owes nothing under this rule and is
 *              reported as not assessable
 */
public record FeeByKind(Map<MemberKind, FeeRule> rules) implements FeeRule {

    /** The type in data. */
    public static final String TYPE = "by-kind";

    public FeeByKind {
        rules = rules.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(rules));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Decision<Money> annualFee(FeeBasis basis, FeeContext context) {
        FeeRule rule = rules.get(basis.kind());
        return rule == null
                ? Decision.rejected(Reason.of("fee.no-rule-for-kind", basis.kind()))
                : rule.annualFee(basis, context);
    }

    @Override
    public List<Reason> problems(FeeContext context) {
        List<Reason> problems = new ArrayList<>();
        if (rules.isEmpty()) {
            problems.add(Reason.of("fee.no-rules-by-kind"));
        }
        for (MemberKind kind : MemberKind.values()) {
            FeeRule rule = rules.get(kind);
            if (rule instanceof FeeByKind) {
                problems.add(Reason.of("fee.nested-by-kind", kind));
            } else if (rule != null) {
                problems.addAll(rule.problems(context));
            }
        }
        return problems;
    }

    @Override
    public boolean usesPopulation(MemberKind kind) {
        FeeRule rule = rules.get(kind);
        return rule != null && rule.usesPopulation(kind);
    }
}

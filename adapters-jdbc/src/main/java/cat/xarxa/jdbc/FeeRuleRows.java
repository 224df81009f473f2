package cat.xarxa.jdbc;

import cat.xarxa.common.Money;
import cat.xarxa.fee.CustomFee;
import cat.xarxa.fee.FeeByKind;
import cat.xarxa.fee.FeeRule;
import cat.xarxa.fee.FlatFee;
import cat.xarxa.fee.PerInhabitantFee;
import cat.xarxa.fee.TieredFee;
import cat.xarxa.member.MemberKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A policy's fee rule as the rows of {@code xarxa_fee_rule}, {@code xarxa_fee_tier} and
 * {@code xarxa_fee_rule_parameter}, and back. The policy's own rule is keyed by the member kind
 * {@link #POLICY_RULE}; a {@link FeeByKind} adds a rule row for each kind it names, keyed by the
 * kind's name, and the tiers and parameters of a rule carry the same key. Rules by kind are one
 * level deep, so one key is enough to tell every rule of a policy apart.
 *
 * @param rules      one row per rule: the policy's own, then those of a rule by kind
 * @param tiers      the tiers of the rules by tiers, each rule's in the order it gives them
 * @param parameters the parameters of the custom rules
 */
record FeeRuleRows(List<RuleRow> rules, List<TierRow> tiers, List<ParameterRow> parameters) {

    /** The member kind of the policy's own rule: a rule by kind names the others. */
    static final String POLICY_RULE = "";

    /** The decimals of {@code rate_per_inhabitant}, as the policy's rules allow. */
    private static final int RATE_DECIMALS = 6;

    /**
     * One rule; the columns its type does not use are null.
     *
     * @param memberKind {@link #POLICY_RULE}, or the kind a rule by kind applies it to
     * @param type       as {@link FeeRule#type()} gives it
     * @param amount     a flat fee's amount
     * @param rate       a per-inhabitant fee's rate
     * @param floor      a per-inhabitant fee's floor, or null for none
     * @param cap        a per-inhabitant fee's cap, or null for none
     * @param calculator a custom fee's calculator
     */
    record RuleRow(String memberKind, String type, Money amount, BigDecimal rate, Money floor, Money cap,
                   String calculator) {
    }

    /**
     * One tier of a rule by tiers.
     *
     * @param position where the tier stands among its rule's, from 0
     */
    record TierRow(String memberKind, int position, TieredFee.Tier tier) {
    }

    /** One parameter of a custom rule. */
    record ParameterRow(String memberKind, String name, String value) {
    }

    FeeRuleRows {
        rules = List.copyOf(rules);
        tiers = List.copyOf(tiers);
        parameters = List.copyOf(parameters);
    }

    /**
     * The rows of a policy's rule.
     *
     * @throws IllegalArgumentException if a rule by kind holds a rule by kind, which the rows cannot
     *                                  tell apart, or a rate has more decimals than its column;
     *                                  no valid policy has either
     */
    static FeeRuleRows of(FeeRule rule) {
        List<RuleRow> rules = new ArrayList<>();
        List<TierRow> tiers = new ArrayList<>();
        List<ParameterRow> parameters = new ArrayList<>();
        add(POLICY_RULE, rule, rules, tiers, parameters);
        return new FeeRuleRows(rules, tiers, parameters);
    }

    private static void add(String memberKind, FeeRule rule, List<RuleRow> rules, List<TierRow> tiers,
                            List<ParameterRow> parameters) {
        if (rule instanceof FlatFee flat) {
            rules.add(new RuleRow(memberKind, flat.type(), flat.amount(), null, null, null, null));
        } else if (rule instanceof PerInhabitantFee perInhabitant) {
            // The column keeps six decimals, and some databases would round a seventh away unnoticed.
            if (perInhabitant.ratePerInhabitant().scale() > RATE_DECIMALS) {
                throw new IllegalArgumentException("a rate per inhabitant has at most " + RATE_DECIMALS
                        + " decimals: " + perInhabitant.ratePerInhabitant().toPlainString());
            }
            rules.add(new RuleRow(memberKind, perInhabitant.type(), null, perInhabitant.ratePerInhabitant(),
                    perInhabitant.floor(), perInhabitant.cap(), null));
        } else if (rule instanceof TieredFee tiered) {
            rules.add(new RuleRow(memberKind, tiered.type(), null, null, null, null, null));
            for (int position = 0; position < tiered.tiers().size(); position++) {
                tiers.add(new TierRow(memberKind, position, tiered.tiers().get(position)));
            }
        } else if (rule instanceof CustomFee custom) {
            rules.add(new RuleRow(memberKind, custom.type(), null, null, null, null, custom.name()));
            custom.parameters().forEach((name, value) -> parameters.add(new ParameterRow(memberKind, name, value)));
        } else if (rule instanceof FeeByKind byKind) {
            if (!memberKind.equals(POLICY_RULE)) {
                throw new IllegalArgumentException("a fee rule by kind cannot hold another, as it does for " + memberKind);
            }
            rules.add(new RuleRow(memberKind, byKind.type(), null, null, null, null, null));
            // The rules it holds are rows of their own, keyed by their kind.
            for (MemberKind kind : MemberKind.values()) {
                FeeRule ofKind = byKind.rules().get(kind);
                if (ofKind != null) {
                    add(kind.name(), ofKind, rules, tiers, parameters);
                }
            }
        } else {
            throw new IllegalArgumentException("no rows for a fee rule of type " + rule.type());
        }
    }

    /**
     * The policy's rule these rows make.
     *
     * @throws IllegalArgumentException if they make none: no policy rule, an unknown type, a rule
     *                                  by kind under a kind, or a kind that is not one
     */
    FeeRule rule() {
        return ruleOf(POLICY_RULE);
    }

    private FeeRule ruleOf(String memberKind) {
        RuleRow row = rules.stream().filter(r -> r.memberKind().equals(memberKind)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no fee rule for '" + memberKind + "'"));
        return switch (row.type()) {
            case FlatFee.TYPE -> new FlatFee(row.amount());
            case PerInhabitantFee.TYPE -> new PerInhabitantFee(row.rate(), row.floor(), row.cap());
            case TieredFee.TYPE -> new TieredFee(tiers.stream().filter(t -> t.memberKind().equals(memberKind))
                    .sorted(Comparator.comparingInt(TierRow::position)).map(TierRow::tier).toList());
            case CustomFee.TYPE -> new CustomFee(row.calculator(), parametersOf(memberKind));
            case FeeByKind.TYPE -> {
                if (!memberKind.equals(POLICY_RULE)) {
                    throw new IllegalArgumentException("a fee rule by kind under kind " + memberKind);
                }
                yield byKind();
            }
            default -> throw new IllegalArgumentException("no fee rule is of type '" + row.type() + "'");
        };
    }

    private FeeByKind byKind() {
        Map<MemberKind, FeeRule> byKind = new EnumMap<>(MemberKind.class);
        for (RuleRow row : rules) {
            if (!row.memberKind().equals(POLICY_RULE)) {
                byKind.put(MemberKind.valueOf(row.memberKind()), ruleOf(row.memberKind()));
            }
        }
        return new FeeByKind(byKind);
    }

    private Map<String, String> parametersOf(String memberKind) {
        Map<String, String> found = new TreeMap<>();
        parameters.stream().filter(p -> p.memberKind().equals(memberKind)).forEach(p -> found.put(p.name(), p.value()));
        return found;
    }
}

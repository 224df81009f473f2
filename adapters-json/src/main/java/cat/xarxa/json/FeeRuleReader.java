package cat.xarxa.json;

import static cat.xarxa.json.RecordFields.wrongType;
import static cat.xarxa.json.TreeFields.at;
import static cat.xarxa.json.TreeFields.list;
import static cat.xarxa.json.TreeFields.named;
import static cat.xarxa.json.TreeFields.object;
import static cat.xarxa.json.TreeFields.optional;
import static cat.xarxa.json.TreeFields.optionalWholeNumber;
import static cat.xarxa.json.TreeFields.text;
import static cat.xarxa.json.TreeFields.wholeNumber;

import cat.xarxa.common.Reason;
import cat.xarxa.fee.CustomFee;
import cat.xarxa.fee.FeeByKind;
import cat.xarxa.fee.FeeRule;
import cat.xarxa.fee.FlatFee;
import cat.xarxa.fee.PerInhabitantFee;
import cat.xarxa.fee.TieredFee;
import cat.xarxa.member.MemberKind;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads a fee rule in the shape {@link FeeRuleShape} writes, by its {@code type}, wherever the
 * {@code type} comes in the object. It reads the rule as data and does not judge it: bands that
 * overlap, a floor above the cap, a rule by kind inside another or a calculator that is not
 * plugged in are for the policy's approval, or the import, to refuse. Only what cannot be a rule
 * at all is refused here, naming its path: an unknown {@code type} ({@code import.unknown-value},
 * e.g. field {@code rule.rules.MUNICIPALITY.type}), a member kind that is not one, a missing or
 * mistyped value, an amount {@link Amounts} refuses.
 */
final class FeeRuleReader {

    private FeeRuleReader() {
    }

    /**
     * Reads the rule at a node.
     *
     * @param node    the rule's object
     * @param path    its place, e.g. {@code rule}; empty for a rule read on its own
     * @param amounts reads the amounts in the currency of the record the rule is in
     * @throws RecordProblem naming the field that cannot be read
     */
    static FeeRule read(JsonNode node, String path, Amounts amounts) {
        object(node, path);
        String type = text(node, FeeRuleShape.TYPE, path);
        return switch (type) {
            case FlatFee.TYPE -> new FlatFee(amounts.amount(node, FeeRuleShape.AMOUNT, path));
            case TieredFee.TYPE -> new TieredFee(list(node, FeeRuleShape.TIERS, path,
                    (tier, where) -> readTier(tier, where, amounts)));
            case PerInhabitantFee.TYPE -> new PerInhabitantFee(rate(node, path),
                    amounts.optionalAmount(node, FeeRuleShape.FLOOR, path),
                    amounts.optionalAmount(node, FeeRuleShape.CAP, path));
            case FeeByKind.TYPE -> new FeeByKind(rulesByKind(node, path, amounts));
            case CustomFee.TYPE -> new CustomFee(text(node, FeeRuleShape.NAME, path), parameters(node, path));
            default -> throw new RecordProblem(at(path, FeeRuleShape.TYPE),
                    Reason.of("import.unknown-value", type, String.join(", ", FeeRuleShape.TYPES)));
        };
    }

    private static TieredFee.Tier readTier(JsonNode tier, String where, Amounts amounts) {
        object(tier, where);
        return new TieredFee.Tier(wholeNumber(tier, FeeRuleShape.FROM, where),
                optionalWholeNumber(tier, FeeRuleShape.TO, where),
                amounts.amount(tier, FeeRuleShape.AMOUNT, where));
    }

    /**
     * The rate per inhabitant, a decimal text such as {@code "0.05"}: euros per inhabitant, so a
     * text that is not a number is refused in the words an amount would be; its precision is the
     * policy's to judge.
     */
    private static BigDecimal rate(JsonNode node, String path) {
        String text = text(node, FeeRuleShape.RATE_PER_INHABITANT, path);
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new RecordProblem(at(path, FeeRuleShape.RATE_PER_INHABITANT), Reason.of("money.not-a-number", text));
        }
    }

    private static Map<MemberKind, FeeRule> rulesByKind(JsonNode node, String path, Amounts amounts) {
        String where = at(path, FeeRuleShape.RULES);
        JsonNode rules = object(node.get(FeeRuleShape.RULES), where);
        Map<MemberKind, FeeRule> byKind = new EnumMap<>(MemberKind.class);
        for (Map.Entry<String, JsonNode> rule : rules.properties()) {
            String place = at(where, rule.getKey());
            byKind.put(named(rule.getKey(), place, MemberKind.class), read(rule.getValue(), place, amounts));
        }
        return byKind;
    }

    /** The parameters of a custom rule, each a string; none if missing or {@code null}. */
    private static Map<String, String> parameters(JsonNode node, String path) {
        String where = at(path, FeeRuleShape.PARAMETERS);
        JsonNode parameters = optional(node, FeeRuleShape.PARAMETERS);
        Map<String, String> values = new LinkedHashMap<>();
        if (parameters == null) {
            return values;
        }
        object(parameters, where);
        for (Map.Entry<String, JsonNode> parameter : parameters.properties()) {
            if (!parameter.getValue().isString()) {
                throw wrongType(at(where, parameter.getKey()), TreeFields.STRING);
            }
            values.put(parameter.getKey(), parameter.getValue().stringValue());
        }
        return values;
    }
}

package cat.xarxa.json;

import static cat.xarxa.json.TreeFields.bool;
import static cat.xarxa.json.TreeFields.date;
import static cat.xarxa.json.TreeFields.intValue;
import static cat.xarxa.json.TreeFields.list;
import static cat.xarxa.json.TreeFields.object;
import static cat.xarxa.json.TreeFields.optional;
import static cat.xarxa.json.TreeFields.optionalEnumValue;
import static cat.xarxa.json.TreeFields.optionalText;
import static cat.xarxa.json.TreeFields.toInt;
import static cat.xarxa.json.TreeFields.wholeNumber;

import cat.xarxa.fee.FeePolicy;
import cat.xarxa.fee.FeeRule;
import cat.xarxa.fee.FeeTerms;
import cat.xarxa.fee.Proration;
import java.math.RoundingMode;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads a fee policy in {@link FeePolicyShape}'s shape as data, without judging it: a policy
 * whose rule or terms are wrong (overlapping bands, a floor above the cap, days out of range, a
 * decision without a reference) reads, and the approval or the import refuses it with the
 * domain's reasons. Refused here, naming the path: a missing {@code year}, {@code populationYear},
 * {@code approvedOn} or {@code rule}, a value of the wrong JSON type, a date that is not one, an
 * unknown rule {@code type}, {@code proration} or {@code rounding}, and what {@link Amounts}
 * refuses. {@code terms}, each of its fields and {@code currency} may be missing.
 */
final class FeePolicyReader {

    /** The record as files name it. */
    static final String RECORD = "fee-policy";

    private FeePolicyReader() {
    }

    /**
     * Reads the policy at a node.
     *
     * @throws RecordProblem naming the field that cannot be read
     */
    static FeePolicy read(JsonNode record) {
        object(record, "");
        Amounts amounts = Amounts.of(record, "");
        int year = intValue(record, FeePolicyShape.YEAR, "");
        int populationYear = intValue(record, FeePolicyShape.POPULATION_YEAR, "");
        FeeRule rule = FeeRuleReader.read(record.get(FeePolicyShape.RULE), FeePolicyShape.RULE, amounts);
        FeeTerms terms = terms(optional(record, FeePolicyShape.TERMS), FeePolicyShape.TERMS);
        return new FeePolicy(year, populationYear, rule, terms, date(record, FeePolicyShape.APPROVED_ON, ""),
                optionalText(record, FeePolicyShape.DECISION, ""));
    }

    /**
     * Reads terms, each missing field (or all of them, for a null node) as the defaults'.
     *
     * @param path their place, e.g. {@code terms}; empty for terms read on their own
     * @throws RecordProblem naming the field that cannot be read
     */
    static FeeTerms terms(JsonNode node, String path) {
        FeeTerms defaults = FeeTerms.DEFAULT;
        if (node == null) {
            return defaults;
        }
        object(node, path);
        Proration proration = optionalEnumValue(node, FeePolicyShape.PRORATION, path, Proration.class);
        RoundingMode rounding = optionalEnumValue(node, FeePolicyShape.ROUNDING, path, RoundingMode.class);
        List<Integer> reminderDays = optional(node, FeePolicyShape.REMINDER_DAYS) == null ? defaults.reminderDays()
                : list(node, FeePolicyShape.REMINDER_DAYS, path, (day, where) -> toInt(wholeNumber(day, where)));
        return new FeeTerms(
                intValue(node, FeePolicyShape.DUE_DAYS, path, defaults.dueDays()),
                intValue(node, FeePolicyShape.GRACE_DAYS, path, defaults.graceDays()),
                proration == null ? defaults.proration() : proration,
                rounding == null ? defaults.rounding() : rounding,
                bool(node, FeePolicyShape.PENDING_MEMBERS_OWE, path, defaults.pendingMembersOwe()),
                reminderDays);
    }
}

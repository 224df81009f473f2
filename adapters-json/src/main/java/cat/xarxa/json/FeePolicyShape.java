package cat.xarxa.json;

import cat.xarxa.fee.FeePolicy;
import cat.xarxa.fee.FeeTerms;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON shape of a fee policy, the same in both formats, in the Jackson module and in a policy
 * file read on its own ({@link XarxaJson#readFeePolicy}):
 * <pre>{@code
 * {"year":2026,"populationYear":2025,"approvedOn":"2026-03-14","decision":"AG 2026-03, acord 4","currency":"EUR",
 *  "rule":{"type":"by-kind","rules":{…}},
 *  "terms":{"dueDays":60,"graceDays":30,"proration":"BY_MONTH","rounding":"HALF_UP","pendingMembersOwe":false,"reminderDays":[-15,1,30]}}
 * }</pre>
 * The rule in {@link FeeRuleShape}'s shape. {@code decision} is the reference of the assembly
 * decision. The terms are written whole, so that a file says what applies without the reader
 * knowing the defaults; a reader takes a missing one, or a missing field of them, as
 * {@link FeeTerms#DEFAULT}'s. The year is the policy's id, and a store keeps no version of it.
 */
final class FeePolicyShape {

    static final String YEAR = "year";
    static final String POPULATION_YEAR = "populationYear";
    static final String APPROVED_ON = "approvedOn";
    static final String DECISION = "decision";
    static final String RULE = "rule";
    static final String TERMS = "terms";
    static final String DUE_DAYS = "dueDays";
    static final String GRACE_DAYS = "graceDays";
    static final String PRORATION = "proration";
    static final String ROUNDING = "rounding";
    static final String PENDING_MEMBERS_OWE = "pendingMembersOwe";
    static final String REMINDER_DAYS = "reminderDays";

    private FeePolicyShape() {
    }

    /** Writes the policy's fields into the object the generator has open. */
    static void writeFields(JsonGenerator json, FeePolicy policy) {
        json.writeNumberProperty(YEAR, policy.year());
        json.writeNumberProperty(POPULATION_YEAR, policy.populationYear());
        json.writeStringProperty(APPROVED_ON, policy.approvedOn().toString());
        json.writeStringProperty(DECISION, policy.decisionReference());
        json.writeStringProperty(Amounts.CURRENCY, Amounts.EUROS);
        json.writeName(RULE);
        FeeRuleShape.writeRule(json, policy.rule());
        json.writeObjectPropertyStart(TERMS);
        writeTermsFields(json, policy.terms());
        json.writeEndObject();
    }

    /** Writes the terms' fields, every one given, into the object the generator has open. */
    static void writeTermsFields(JsonGenerator json, FeeTerms terms) {
        json.writeNumberProperty(DUE_DAYS, terms.dueDays());
        json.writeNumberProperty(GRACE_DAYS, terms.graceDays());
        json.writeStringProperty(PRORATION, terms.proration().name());
        json.writeStringProperty(ROUNDING, terms.rounding().name());
        json.writeBooleanProperty(PENDING_MEMBERS_OWE, terms.pendingMembersOwe());
        json.writeArrayPropertyStart(REMINDER_DAYS);
        for (int day : terms.reminderDays()) {
            json.writeNumber(day);
        }
        json.writeEndArray();
    }
}

package cat.xarxa.json;

import cat.xarxa.common.Money;
import cat.xarxa.fee.CustomFee;
import cat.xarxa.fee.FeeByKind;
import cat.xarxa.fee.FeeRule;
import cat.xarxa.fee.FlatFee;
import cat.xarxa.fee.PerInhabitantFee;
import cat.xarxa.fee.TieredFee;
import cat.xarxa.member.MemberKind;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON shape of a fee rule, an object naming its {@code type} first:
 * <pre>{@code
 * {"type":"flat","amount":"300.00"}
 * {"type":"tiers","tiers":[{"from":0,"to":1000,"amount":"150.00"},{"from":1001,"amount":"600.00"}]}
 * {"type":"per-inhabitant","ratePerInhabitant":"0.05","floor":"150.00","cap":"15000.00"}
 * {"type":"by-kind","rules":{"MUNICIPALITY":{…},"COUNTY_COUNCIL":{…}}}
 * {"type":"custom","name":"solidarity-index","parameters":{"base":"120.00"}}
 * }</pre>
 * Amounts and the rate are strings, so that no program reads them as floating point. What a rule
 * leaves out is not written: a band's {@code to} when it has no upper limit, a {@code floor} or a
 * {@code cap} when there is none, as a person writing a policy by hand leaves them out. A rule by
 * kind lists the kinds in their order, and a custom rule its parameters by name, so that a rule
 * is always written the same way.
 */
final class FeeRuleShape {

    static final String TYPE = "type";
    static final String AMOUNT = "amount";
    static final String TIERS = "tiers";
    static final String FROM = "from";
    static final String TO = "to";
    static final String RATE_PER_INHABITANT = "ratePerInhabitant";
    static final String FLOOR = "floor";
    static final String CAP = "cap";
    static final String RULES = "rules";
    static final String NAME = "name";
    static final String PARAMETERS = "parameters";

    /** Every type, as data names them. */
    static final List<String> TYPES = List.of(FlatFee.TYPE, TieredFee.TYPE, PerInhabitantFee.TYPE, FeeByKind.TYPE,
            CustomFee.TYPE);

    private FeeRuleShape() {
    }

    /** Writes a rule as an object. */
    static void writeRule(JsonGenerator json, FeeRule rule) {
        json.writeStartObject();
        writeFields(json, rule);
        json.writeEndObject();
    }

    /** Writes a rule's fields into the object the generator has open, its {@code type} first. */
    static void writeFields(JsonGenerator json, FeeRule rule) {
        json.writeStringProperty(TYPE, rule.type());
        if (rule instanceof FlatFee flat) {
            writeAmount(json, AMOUNT, flat.amount());
        } else if (rule instanceof TieredFee tiered) {
            json.writeArrayPropertyStart(TIERS);
            tiered.tiers().forEach(tier -> writeTier(json, tier));
            json.writeEndArray();
        } else if (rule instanceof PerInhabitantFee perInhabitant) {
            json.writeStringProperty(RATE_PER_INHABITANT, perInhabitant.ratePerInhabitant().toPlainString());
            writeAmount(json, FLOOR, perInhabitant.floor());
            writeAmount(json, CAP, perInhabitant.cap());
        } else if (rule instanceof FeeByKind byKind) {
            writeRulesByKind(json, byKind);
        } else if (rule instanceof CustomFee custom) {
            json.writeStringProperty(NAME, custom.name());
            json.writeObjectPropertyStart(PARAMETERS);
            // The rule keeps them in key order already.
            for (Map.Entry<String, String> parameter : custom.parameters().entrySet()) {
                json.writeStringProperty(parameter.getKey(), parameter.getValue());
            }
            json.writeEndObject();
        }
    }

    /** The rules by kind in the kinds' order: the rule's map has no order of its own. */
    private static void writeRulesByKind(JsonGenerator json, FeeByKind byKind) {
        json.writeObjectPropertyStart(RULES);
        for (MemberKind kind : MemberKind.values()) {
            FeeRule forKind = byKind.rules().get(kind);
            if (forKind != null) {
                json.writeName(kind.name());
                writeRule(json, forKind);
            }
        }
        json.writeEndObject();
    }

    private static void writeTier(JsonGenerator json, TieredFee.Tier tier) {
        json.writeStartObject();
        json.writeNumberProperty(FROM, tier.from());
        if (tier.to() != null) {
            json.writeNumberProperty(TO, tier.to().longValue());
        }
        writeAmount(json, AMOUNT, tier.amount());
        json.writeEndObject();
    }

    /** Writes an amount as its text, {@code "150.00"}; nothing for none. */
    private static void writeAmount(JsonGenerator json, String field, Money amount) {
        if (amount != null) {
            json.writeStringProperty(field, amount.toString());
        }
    }
}

package cat.xarxa.json;

import static cat.xarxa.json.FieldWriting.writeList;

import cat.xarxa.fee.FeeAssessment;
import cat.xarxa.fee.FeeCorrection;
import cat.xarxa.member.Population;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON shape of a fee assessment (one member's fee for one year), the same in both formats
 * and in the Jackson module:
 * <pre>{@code
 * {"id":"…","member":"…","kind":"MUNICIPALITY","year":2026,"issuedOn":"2026-04-01","dueOn":"2026-05-31",
 *  "graceUntil":"2026-06-30","population":{"year":2025,"inhabitants":221455,"source":"INE, padró 1/1/2025"},
 *  "proration":"BY_MONTH","currency":"EUR","annualFee":"1000.00","owedUnits":10,"unitsInYear":12,"amount":"833.33",
 *  "corrections":[{"on":"2026-06-01","amount":"-50.00","reason":"Padró revisat per l'INE"}]}
 * }</pre>
 * The field names are those the import's messages use ({@code amount} for the prorated fee,
 * {@code corrections[1]} for a correction). {@code "population":null} when the rule used no
 * figure. The corrections are written oldest first, as the assessment holds them, each with
 * what it added or took off; the total is not written, since it follows from them. The store's
 * version is not written.
 */
final class AssessmentShape {

    static final String ID = "id";
    static final String MEMBER = "member";
    static final String KIND = "kind";
    static final String YEAR = "year";
    static final String ISSUED_ON = "issuedOn";
    static final String DUE_ON = "dueOn";
    static final String GRACE_UNTIL = "graceUntil";
    static final String POPULATION = "population";
    static final String PRORATION = "proration";
    static final String ANNUAL_FEE = "annualFee";
    static final String OWED_UNITS = "owedUnits";
    static final String UNITS_IN_YEAR = "unitsInYear";
    static final String AMOUNT = "amount";
    static final String CORRECTIONS = "corrections";
    static final String ON = "on";
    static final String REASON = "reason";

    private AssessmentShape() {
    }

    /** Writes the assessment's fields into the object the generator has open. */
    static void writeFields(JsonGenerator json, FeeAssessment assessment) {
        json.writeStringProperty(ID, assessment.id().toString());
        json.writeStringProperty(MEMBER, assessment.member().toString());
        json.writeStringProperty(KIND, assessment.kind().name());
        json.writeNumberProperty(YEAR, assessment.year());
        json.writeStringProperty(ISSUED_ON, assessment.issuedOn().toString());
        json.writeStringProperty(DUE_ON, assessment.dueOn().toString());
        json.writeStringProperty(GRACE_UNTIL, assessment.graceUntil().toString());
        json.writeName(POPULATION);
        writePopulation(json, assessment.population());
        json.writeStringProperty(PRORATION, assessment.proration().name());
        json.writeStringProperty(Amounts.CURRENCY, Amounts.EUROS);
        json.writeStringProperty(ANNUAL_FEE, assessment.prorated().annualFee().toString());
        json.writeNumberProperty(OWED_UNITS, assessment.prorated().owedUnits());
        json.writeNumberProperty(UNITS_IN_YEAR, assessment.prorated().unitsInYear());
        json.writeStringProperty(AMOUNT, assessment.prorated().amount().toString());
        writeList(json, CORRECTIONS, assessment.corrections(), AssessmentShape::writeCorrection);
    }

    /** The figure used, in the shape of a member's figures; {@code null} for none. */
    private static void writePopulation(JsonGenerator json, Population figure) {
        if (figure == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        json.writeNumberProperty(MemberShape.YEAR, figure.year());
        json.writeNumberProperty(MemberShape.INHABITANTS, figure.inhabitants());
        json.writeStringProperty(MemberShape.SOURCE, figure.source());
        json.writeEndObject();
    }

    private static void writeCorrection(JsonGenerator json, FeeCorrection correction) {
        json.writeStartObject();
        json.writeStringProperty(ON, correction.on().toString());
        json.writeStringProperty(AMOUNT, correction.amount().toString());
        json.writeStringProperty(REASON, correction.reason());
        json.writeEndObject();
    }
}

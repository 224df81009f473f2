package cat.xarxa.json;

import static cat.xarxa.json.TreeFields.built;
import static cat.xarxa.json.TreeFields.date;
import static cat.xarxa.json.TreeFields.enumValue;
import static cat.xarxa.json.TreeFields.id;
import static cat.xarxa.json.TreeFields.intValue;
import static cat.xarxa.json.TreeFields.list;
import static cat.xarxa.json.TreeFields.object;
import static cat.xarxa.json.TreeFields.optional;
import static cat.xarxa.json.TreeFields.optionalText;
import static cat.xarxa.json.TreeFields.text;
import static cat.xarxa.json.TreeFields.wholeNumber;

import cat.xarxa.fee.AssessmentId;
import cat.xarxa.fee.FeeAssessment;
import cat.xarxa.fee.FeeCorrection;
import cat.xarxa.fee.ProratedFee;
import cat.xarxa.fee.Proration;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.Population;
import java.time.LocalDate;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads a fee assessment in {@link AssessmentShape}'s shape, with version 0, as one not yet
 * stored. Refused here, naming the path: a missing value (only {@code population} and
 * {@code corrections} may be missing, meaning none, and a correction's {@code reason}), a value
 * of the wrong JSON type, an id or a date that is not one, an unknown {@code kind} or
 * {@code proration}, what {@link Amounts} refuses, and what an assessment or a population figure
 * cannot be (dates out of order, a figure's year out of range). Whether the amounts fit together,
 * the member and the year's policy exist and the corrections could have been made is the
 * import's to judge.
 */
final class AssessmentReader {

    /** The record as files name it, for messages. */
    static final String RECORD = "fee-assessment";

    private AssessmentReader() {
    }

    /**
     * Reads the assessment at a node.
     *
     * @throws RecordProblem naming the field that cannot be read
     */
    static FeeAssessment read(JsonNode record) {
        object(record, "");
        Amounts amounts = Amounts.of(record, "");
        AssessmentId id = id(record, AssessmentShape.ID, "", AssessmentId::parse);
        MemberId member = id(record, AssessmentShape.MEMBER, "", MemberId::parse);
        MemberKind kind = enumValue(record, AssessmentShape.KIND, "", MemberKind.class);
        int year = intValue(record, AssessmentShape.YEAR, "");
        LocalDate issuedOn = date(record, AssessmentShape.ISSUED_ON, "");
        LocalDate dueOn = date(record, AssessmentShape.DUE_ON, "");
        LocalDate graceUntil = date(record, AssessmentShape.GRACE_UNTIL, "");
        Population population = population(optional(record, AssessmentShape.POPULATION));
        Proration proration = enumValue(record, AssessmentShape.PRORATION, "", Proration.class);
        ProratedFee prorated = new ProratedFee(amounts.amount(record, AssessmentShape.ANNUAL_FEE, ""),
                intValue(record, AssessmentShape.OWED_UNITS, ""), intValue(record, AssessmentShape.UNITS_IN_YEAR, ""),
                amounts.amount(record, AssessmentShape.AMOUNT, ""));
        List<FeeCorrection> corrections = list(record, AssessmentShape.CORRECTIONS, "",
                (correction, where) -> correction(correction, where, amounts));
        // The constructor refuses only dates out of order: name the one that is.
        String datesField = dueOn.isBefore(issuedOn) ? AssessmentShape.DUE_ON : AssessmentShape.GRACE_UNTIL;
        return built(datesField, RECORD, () -> new FeeAssessment(id, member, kind, year, population, prorated,
                proration, issuedOn, dueOn, graceUntil, corrections, 0));
    }

    /** The figure used, in the shape of a member's figures; null for none. */
    private static Population population(JsonNode figure) {
        if (figure == null) {
            return null;
        }
        String path = AssessmentShape.POPULATION;
        object(figure, path);
        int year = intValue(figure, MemberShape.YEAR, path);
        long inhabitants = wholeNumber(figure, MemberShape.INHABITANTS, path);
        String source = text(figure, MemberShape.SOURCE, path);
        return built(path, RECORD, () -> new Population(year, inhabitants, source));
    }

    private static FeeCorrection correction(JsonNode correction, String where, Amounts amounts) {
        object(correction, where);
        return new FeeCorrection(date(correction, AssessmentShape.ON, where),
                amounts.amount(correction, AssessmentShape.AMOUNT, where),
                optionalText(correction, AssessmentShape.REASON, where));
    }
}

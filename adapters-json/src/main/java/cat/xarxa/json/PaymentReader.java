package cat.xarxa.json;

import static cat.xarxa.json.TreeFields.built;
import static cat.xarxa.json.TreeFields.date;
import static cat.xarxa.json.TreeFields.enumValue;
import static cat.xarxa.json.TreeFields.id;
import static cat.xarxa.json.TreeFields.object;
import static cat.xarxa.json.TreeFields.optional;
import static cat.xarxa.json.TreeFields.optionalText;

import cat.xarxa.common.Money;
import cat.xarxa.fee.AssessmentId;
import cat.xarxa.fee.Payment;
import cat.xarxa.fee.PaymentId;
import cat.xarxa.fee.PaymentKind;
import cat.xarxa.member.MemberId;
import java.time.LocalDate;
import tools.jackson.databind.JsonNode;

/**
 * Reads a fee payment or refund in {@link PaymentShape}'s shape. Refused here, naming the path:
 * a missing value (only {@code reference} may be missing, meaning none, and a refund's
 * {@code assessment}), a value of the wrong JSON type, an id or a date that is not one, an
 * unknown {@code kind}, what {@link Amounts} refuses, and a refund that names an assessment.
 * Whether the amount is positive and the assessment exists is the import's to judge.
 */
final class PaymentReader {

    /** The record as files name it, for messages. */
    static final String RECORD = "fee-payment";

    private PaymentReader() {
    }

    /**
     * Reads the payment at a node.
     *
     * @throws RecordProblem naming the field that cannot be read
     */
    static Payment read(JsonNode record) {
        object(record, "");
        Amounts amounts = Amounts.of(record, "");
        PaymentId id = id(record, PaymentShape.ID, "", PaymentId::parse);
        MemberId member = id(record, PaymentShape.MEMBER, "", MemberId::parse);
        PaymentKind kind = enumValue(record, PaymentShape.KIND, "", PaymentKind.class);
        // A payment must name its assessment: a missing one is refused as a missing value.
        AssessmentId assessment = kind == PaymentKind.PAYMENT || optional(record, PaymentShape.ASSESSMENT) != null
                ? id(record, PaymentShape.ASSESSMENT, "", AssessmentId::parse) : null;
        LocalDate on = date(record, PaymentShape.ON, "");
        Money amount = amounts.amount(record, PaymentShape.AMOUNT, "");
        String reference = optionalText(record, PaymentShape.REFERENCE, "");
        return built(PaymentShape.ASSESSMENT, RECORD,
                () -> new Payment(id, member, kind, assessment, on, amount, reference));
    }
}

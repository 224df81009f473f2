package cat.xarxa.json;

import static cat.xarxa.json.FieldWriting.writeText;

import cat.xarxa.fee.Payment;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON shape of a fee payment or refund, the same in both formats and in the Jackson module:
 * <pre>{@code
 * {"id":"…","member":"…","kind":"PAYMENT","assessment":"…","on":"2026-05-20","currency":"EUR","amount":"500.00","reference":"TRF 2026-000123"}
 * {"id":"…","member":"…","kind":"REFUND","assessment":null,"on":"2026-06-15","currency":"EUR","amount":"16.67","reference":""}
 * }</pre>
 * A payment names the assessment it pays; a refund pays back credit and names none,
 * {@code "assessment":null}. The amount is positive either way: the {@code kind} says which way
 * the money went.
 */
final class PaymentShape {

    static final String ID = "id";
    static final String MEMBER = "member";
    static final String KIND = "kind";
    static final String ASSESSMENT = "assessment";
    static final String ON = "on";
    static final String AMOUNT = "amount";
    static final String REFERENCE = "reference";

    private PaymentShape() {
    }

    /** Writes the payment's fields into the object the generator has open. */
    static void writeFields(JsonGenerator json, Payment payment) {
        json.writeStringProperty(ID, payment.id().toString());
        json.writeStringProperty(MEMBER, payment.member().toString());
        json.writeStringProperty(KIND, payment.kind().name());
        writeText(json, ASSESSMENT, payment.assessment() == null ? null : payment.assessment().toString());
        json.writeStringProperty(ON, payment.on().toString());
        json.writeStringProperty(Amounts.CURRENCY, Amounts.EUROS);
        json.writeStringProperty(AMOUNT, payment.amount().toString());
        json.writeStringProperty(REFERENCE, payment.reference());
    }
}

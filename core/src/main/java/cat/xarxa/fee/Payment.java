package cat.xarxa.fee;

import cat.xarxa.common.Money;
import cat.xarxa.member.MemberId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Money received from a member for an assessment, or a credit paid back to it. Only ever added,
 * never changed: a payment recorded by mistake is undone with a refund.
 *
 * @param id         the id
 * @param member     the member
 * @param kind       payment or refund
 * @param assessment the assessment a payment is for; null for a refund
 * @param on         the value date
 * @param amount     the amount; positive
 * @param reference  the bank or accounting reference, e.g. {@code TRF 2026-000123}; may be empty
 */
public record Payment(PaymentId id, MemberId member, PaymentKind kind, AssessmentId assessment, LocalDate on,
                      Money amount, String reference) {

    /** The aggregate type in the journal. */
    public static final String AGGREGATE_TYPE = "fee-payment";

    public Payment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(amount, "amount");
        reference = reference == null ? "" : reference;
        if ((kind == PaymentKind.PAYMENT) != (assessment != null)) {
            throw new IllegalArgumentException("a payment names its assessment and a refund names none");
        }
    }

    /** The assessment a payment is for; empty for a refund. */
    public Optional<AssessmentId> forAssessment() {
        return Optional.ofNullable(assessment);
    }
}

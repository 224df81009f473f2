package cat.xarxa.fee;

import cat.xarxa.common.CommandValidator;
import cat.xarxa.common.Money;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Records money received for an assessment: in full, in part, or more than owed (the rest becomes
 * the member's credit).
 *
 * @param assessment the assessment paid
 * @param on         the value date; not before the assessment was issued
 * @param amount     the amount received; positive
 * @param reference  the bank or accounting reference; may be empty
 */
public record RecordPayment(
        @NotNull AssessmentId assessment,
        @NotNull LocalDate on,
        @NotNull Money amount,
        @Size(max = 100) String reference) {

    public RecordPayment {
        CommandValidator.requireValid(RecordPayment.class, assessment, on, amount, reference);
        reference = reference == null ? "" : reference.trim();
    }
}

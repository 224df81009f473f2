package cat.xarxa.fee;

import cat.xarxa.common.CommandValidator;
import cat.xarxa.common.Money;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Corrects an assessment in the manner of a credit note: adds to the fee, or takes off it with a
 * negative amount. The original amount stays as it was.
 *
 * @param assessment the assessment
 * @param on         the date of the correction
 * @param amount     what to add (negative: take off); not zero
 * @param reason     why
 */
public record CorrectAssessment(
        @NotNull AssessmentId assessment,
        @NotNull LocalDate on,
        @NotNull Money amount,
        @NotBlank @Size(max = 500) String reason) {

    public CorrectAssessment {
        CommandValidator.requireValid(CorrectAssessment.class, assessment, on, amount, reason);
        reason = reason.trim();
    }
}

package cat.xarxa.advisory;

import cat.xarxa.common.CommandValidator;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * Completes an advisory; the hours it did not use go back to the bank.
 *
 * @param advisory the advisory
 * @param on the date
 */
public record CompleteAdvisory(
        @NotNull AdvisoryId advisory,
        @NotNull LocalDate on) {

    public CompleteAdvisory {
        CommandValidator.requireValid(CompleteAdvisory.class, advisory, on);
    }
}

package cat.xarxa.advisory;

import cat.xarxa.common.CommandValidator;
import cat.xarxa.common.Hours;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Enlarges the bag of hours of a period by a decision (seed 000: the bag of hours is enlarged).
 *
 * @param period the period
 * @param hours the hours added; more than zero
 * @param decision the decision
 * @param on the date
 */
public record EnlargeHourBank(
        @NotBlank @Size(max = 20) String period,
        @NotNull Hours hours,
        @NotBlank @Size(max = 200) String decision,
        @NotNull LocalDate on) {

    public EnlargeHourBank {
        CommandValidator.requireValid(EnlargeHourBank.class, period, hours, decision, on);
        decision = decision.trim();
    }
}

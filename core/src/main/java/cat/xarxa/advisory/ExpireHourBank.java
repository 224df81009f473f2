package cat.xarxa.advisory;

import cat.xarxa.common.CommandValidator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Ends a period: the hours still available expire.
 *
 * @param period the period
 * @param on the date; after the period's last day
 */
public record ExpireHourBank(
        @NotBlank @Size(max = 20) String period,
        @NotNull LocalDate on) {

    public ExpireHourBank {
        CommandValidator.requireValid(ExpireHourBank.class, period, on);
    }
}

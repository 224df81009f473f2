package cat.xarxa.advisory;

import cat.xarxa.common.CommandValidator;
import cat.xarxa.common.Hours;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Reserves more hours for an advisory, explicitly, e.g. before a session longer than its package.
 *
 * @param advisory the advisory
 * @param extra the hours added; more than zero
 * @param reason why
 * @param on the date
 */
public record AdjustReservation(
        @NotNull AdvisoryId advisory,
        @NotNull Hours extra,
        @NotBlank @Size(max = 200) String reason,
        @NotNull LocalDate on) {

    public AdjustReservation {
        CommandValidator.requireValid(AdjustReservation.class, advisory, extra, reason, on);
        reason = reason.trim();
    }
}

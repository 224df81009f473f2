package cat.xarxa.advisory;

import cat.xarxa.common.CommandValidator;
import cat.xarxa.common.Hours;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Opens the hour bank of a period with its initial grant, by a decision of the network's bodies.
 *
 * @param period the period's code, e.g. {@code 2026}
 * @param from its first day
 * @param until its last day; not before the first
 * @param grant the hours granted; more than zero
 * @param decision the decision, e.g. {@code AG 2026-03, acord 6}
 * @param on the date of the decision
 */
public record OpenHourBank(
        @NotBlank @Size(max = 20) @Pattern(regexp = "[A-Za-z0-9-]+") String period,
        @NotNull LocalDate from,
        @NotNull LocalDate until,
        @NotNull Hours grant,
        @NotBlank @Size(max = 200) String decision,
        @NotNull LocalDate on) {

    public OpenHourBank {
        CommandValidator.requireValid(OpenHourBank.class, period, from, until, grant, decision, on);
        decision = decision.trim();
    }
}

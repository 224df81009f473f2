package cat.xarxa.advisory;

import cat.xarxa.common.CommandValidator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Cancels an advisory; its reservation goes back to the bank.
 *
 * @param advisory the advisory
 * @param reason why
 * @param on the date
 */
public record CancelAdvisory(
        @NotNull AdvisoryId advisory,
        @NotBlank @Size(max = 200) String reason,
        @NotNull LocalDate on) {

    public CancelAdvisory {
        CommandValidator.requireValid(CancelAdvisory.class, advisory, reason, on);
        reason = reason.trim();
    }
}

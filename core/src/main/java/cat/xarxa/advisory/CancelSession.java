package cat.xarxa.advisory;

import cat.xarxa.common.CommandValidator;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * Cancels a planned session; its hours go back to the bank.
 *
 * @param advisory the advisory
 * @param session the session
 * @param on the date
 */
public record CancelSession(
        @NotNull AdvisoryId advisory,
        @NotNull SessionId session,
        @NotNull LocalDate on) {

    public CancelSession {
        CommandValidator.requireValid(CancelSession.class, advisory, session, on);
    }
}

package cat.xarxa.governance;

import cat.xarxa.common.CommandValidator;
import jakarta.validation.constraints.NotNull;

/**
 * Cancels a scheduled event.
 *
 * @param event the event
 */
public record CancelEvent(@NotNull EventId event) {

    public CancelEvent {
        CommandValidator.requireValid(CancelEvent.class, event);
    }
}

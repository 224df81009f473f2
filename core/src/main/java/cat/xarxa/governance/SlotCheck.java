package cat.xarxa.governance;

import cat.xarxa.common.Reason;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to one slot of a template.
 *
 * @param slot   the slot
 * @param status how it is answered
 * @param event  the event that answers it, or null when missing
 * @param reason why it is not fulfilled, or null when it is
 */
public record SlotCheck(CalendarSlot slot, SlotStatus status, EventId event, Reason reason) {
    public SlotCheck {
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(status, "status");
    }

    /** The event that answers the slot, if any. */
    public Optional<EventId> answeredBy() {
        return Optional.ofNullable(event);
    }
}

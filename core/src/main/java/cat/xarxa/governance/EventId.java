package cat.xarxa.governance;

import java.util.Objects;
import java.util.UUID;

/**
 * The identity of an event of the network's calendar.
 *
 * @param value the UUID; never null
 */
public record EventId(UUID value) {

    public EventId {
        Objects.requireNonNull(value, "id must not be null");
    }

    /**
     * Parses the text form written by {@link #toString()}.
     *
     * @throws IllegalArgumentException if the text is not a UUID
     */
    public static EventId parse(String text) {
        try {
            return new EventId(UUID.fromString(Objects.requireNonNull(text, "id must not be null").trim()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an id: '" + text + "'", e);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

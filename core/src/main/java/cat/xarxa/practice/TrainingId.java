package cat.xarxa.practice;

import java.util.Objects;
import java.util.UUID;

/**
 * The identity of a training a council opens to the network.
 *
 * @param value the UUID; never null
 */
public record TrainingId(UUID value) {

    public TrainingId {
        Objects.requireNonNull(value, "id must not be null");
    }

    /**
     * Parses the text form written by {@link #toString()}.
     *
     * @throws IllegalArgumentException if the text is not a UUID
     */
    public static TrainingId parse(String text) {
        try {
            return new TrainingId(UUID.fromString(Objects.requireNonNull(text, "id must not be null").trim()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an id: '" + text + "'", e);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

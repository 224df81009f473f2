package cat.xarxa.workplan;

import java.util.Objects;
import java.util.UUID;

/**
 * The identity of a work plan.
 *
 * @param value the UUID; never null
 */
public record PlanId(UUID value) {

    public PlanId {
        Objects.requireNonNull(value, "id must not be null");
    }

    /**
     * Parses the text form written by {@link #toString()}.
     *
     * @throws IllegalArgumentException if the text is not a UUID
     */
    public static PlanId parse(String text) {
        try {
            return new PlanId(UUID.fromString(Objects.requireNonNull(text, "id must not be null").trim()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an id: '" + text + "'", e);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

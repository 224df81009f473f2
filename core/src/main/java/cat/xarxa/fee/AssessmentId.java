package cat.xarxa.fee;

import java.util.Objects;
import java.util.UUID;

/**
 * The identity of an assessment (one member's annual fee for one year).
 *
 * @param value the UUID; never null
 */
public record AssessmentId(UUID value) {

    public AssessmentId {
        Objects.requireNonNull(value, "id must not be null");
    }

    /**
     * Parses the text form written by {@link #toString()}.
     *
     * @throws IllegalArgumentException if the text is not a UUID
     */
    public static AssessmentId parse(String text) {
        try {
            return new AssessmentId(UUID.fromString(Objects.requireNonNull(text, "id must not be null").trim()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an id: '" + text + "'", e);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

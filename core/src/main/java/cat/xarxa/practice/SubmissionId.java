package cat.xarxa.practice;

import java.util.Objects;
import java.util.UUID;

/**
 * The identity of a good practice submitted to a call.
 *
 * @param value the UUID; never null
 */
public record SubmissionId(UUID value) {

    public SubmissionId {
        Objects.requireNonNull(value, "id must not be null");
    }

    /**
     * Parses the text form written by {@link #toString()}.
     *
     * @throws IllegalArgumentException if the text is not a UUID
     */
    public static SubmissionId parse(String text) {
        try {
            return new SubmissionId(UUID.fromString(Objects.requireNonNull(text, "id must not be null").trim()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an id: '" + text + "'", e);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

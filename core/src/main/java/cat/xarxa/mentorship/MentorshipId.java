package cat.xarxa.mentorship;

import java.util.Objects;
import java.util.UUID;

/**
 * The identity of a mentorship, from its proposal on.
 *
 * @param value the UUID; never null
 */
public record MentorshipId(UUID value) {

    public MentorshipId {
        Objects.requireNonNull(value, "id must not be null");
    }

    /**
     * Parses the text form written by {@link #toString()}.
     *
     * @throws IllegalArgumentException if the text is not a UUID
     */
    public static MentorshipId parse(String text) {
        try {
            return new MentorshipId(UUID.fromString(Objects.requireNonNull(text, "id must not be null").trim()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an id: '" + text + "'", e);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

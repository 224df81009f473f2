package cat.xarxa.care;

import java.util.Objects;
import java.util.UUID;

/**
 * The identity of an onboarding meeting.
 *
 * @param value the UUID; never null
 */
public record MeetingId(UUID value) {

    public MeetingId {
        Objects.requireNonNull(value, "id must not be null");
    }

    /**
     * Parses the text form written by {@link #toString()}.
     *
     * @throws IllegalArgumentException if the text is not a UUID
     */
    public static MeetingId parse(String text) {
        try {
            return new MeetingId(UUID.fromString(Objects.requireNonNull(text, "id must not be null").trim()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an id: '" + text + "'", e);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

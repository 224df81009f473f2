package cat.xarxa.workinggroup;

import java.util.Objects;
import java.util.UUID;

/**
 * The identity of a product of a working group (a guide, a campaign, a report).
 *
 * @param value the UUID; never null
 */
public record GroupProductId(UUID value) {

    public GroupProductId {
        Objects.requireNonNull(value, "id must not be null");
    }

    /**
     * Parses the text form written by {@link #toString()}.
     *
     * @throws IllegalArgumentException if the text is not a UUID
     */
    public static GroupProductId parse(String text) {
        try {
            return new GroupProductId(UUID.fromString(Objects.requireNonNull(text, "id must not be null").trim()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an id: '" + text + "'", e);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

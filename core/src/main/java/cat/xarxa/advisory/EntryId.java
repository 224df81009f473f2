package cat.xarxa.advisory;

import java.util.Objects;
import java.util.UUID;

/**
 * The identity of an entry of the hour bank's ledger.
 *
 * @param value the UUID; never null
 */
public record EntryId(UUID value) {

    public EntryId {
        Objects.requireNonNull(value, "id must not be null");
    }

    /**
     * Parses the text form written by {@link #toString()}.
     *
     * @throws IllegalArgumentException if the text is not a UUID
     */
    public static EntryId parse(String text) {
        try {
            return new EntryId(UUID.fromString(Objects.requireNonNull(text, "id must not be null").trim()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an id: '" + text + "'", e);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

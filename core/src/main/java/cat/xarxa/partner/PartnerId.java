package cat.xarxa.partner;

import java.util.Objects;
import java.util.UUID;

/**
 * The identity of a partner organisation. Advisories and products refer to a partner by this id.
 *
 * @param value the UUID; never null
 */
public record PartnerId(UUID value) {

    public PartnerId {
        Objects.requireNonNull(value, "partner id must not be null");
    }

    /**
     * Parses the text form written by {@link #toString()}.
     *
     * @throws IllegalArgumentException if the text is not a UUID
     */
    public static PartnerId parse(String text) {
        try {
            return new PartnerId(UUID.fromString(Objects.requireNonNull(text, "partner id must not be null").trim()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a partner id: '" + text + "'", e);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

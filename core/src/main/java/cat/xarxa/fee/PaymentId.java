package cat.xarxa.fee;

import java.util.Objects;
import java.util.UUID;

/**
 * The identity of a payment or a refund.
 *
 * @param value the UUID; never null
 */
public record PaymentId(UUID value) {

    public PaymentId {
        Objects.requireNonNull(value, "id must not be null");
    }

    /**
     * Parses the text form written by {@link #toString()}.
     *
     * @throws IllegalArgumentException if the text is not a UUID
     */
    public static PaymentId parse(String text) {
        try {
            return new PaymentId(UUID.fromString(Objects.requireNonNull(text, "id must not be null").trim()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an id: '" + text + "'", e);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package cat.xarxa.member;

import java.util.Objects;
import java.util.UUID;

/**
 * The identity of a person of the network (a representative, a technician, a mentor). Members,
 * mandates and later areas refer to a person by this id only, so that erasing the person's
 * personal data breaks no reference.
 *
 * @param value the UUID; never null
 */
public record PersonId(UUID value) {

    public PersonId {
        Objects.requireNonNull(value, "person id must not be null");
    }

    /**
     * Parses the text form written by {@link #toString()}.
     *
     * @throws IllegalArgumentException if the text is not a UUID
     */
    public static PersonId parse(String text) {
        try {
            return new PersonId(UUID.fromString(Objects.requireNonNull(text, "person id must not be null").trim()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a person id: '" + text + "'", e);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

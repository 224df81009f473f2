package cat.xarxa.member;

import java.util.Objects;
import java.util.UUID;

/**
 * The identity of a member of the network. Other areas refer to a member by this id only.
 *
 * @param value the UUID; never null
 */
public record MemberId(UUID value) {

    public MemberId {
        Objects.requireNonNull(value, "member id must not be null");
    }

    /**
     * Parses the text form written by {@link #toString()}.
     *
     * @throws IllegalArgumentException if the text is not a UUID
     */
    public static MemberId parse(String text) {
        try {
            return new MemberId(UUID.fromString(Objects.requireNonNull(text, "member id must not be null").trim()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a member id: '" + text + "'", e);
        }
    }

    /** The UUID as text. */
    @Override
    public String toString() {
        return value.toString();
    }
}

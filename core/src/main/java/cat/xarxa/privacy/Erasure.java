package cat.xarxa.privacy;

import cat.xarxa.member.Person;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What an erasure did.
 *
 * @param person  the person as stored now, under the placeholder name
 * @param on      the day of the erasure
 * @param cleared how many free texts tied to the person were emptied (advisory request details,
 *                mentorship proposals and the notes of steps the person took)
 */
public record Erasure(Person person, LocalDate on, int cleared) {
    public Erasure {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(on, "on");
    }
}

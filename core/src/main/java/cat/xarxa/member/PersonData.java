package cat.xarxa.member;

import cat.xarxa.common.PersonalData;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A person as an import format reads it, before it is checked; the import checks these
 * constraints and names the record and field of the first problem.
 *
 * @param id        the person's id as text (a UUID)
 * @param name      the name
 * @param email     an email address, or empty
 * @param phone     a phone number, or empty
 * @param expertise the areas of expertise, as tags
 */
public record PersonData(
        @NotBlank @Size(max = 36) String id,
        @PersonalData @NotBlank @Size(max = 200) String name,
        @PersonalData @Email @Size(max = 254) String email,
        @PersonalData @Pattern(regexp = "([+0-9 ()\\-]{6,25})?", message = "{cat.xarxa.constraints.Phone.message}") String phone,
        @NotNull @ExpertiseAreas List<String> expertise) {

    /** The data of a stored person, as an export writes it. */
    public static PersonData of(Person person) {
        return new PersonData(person.id().toString(), person.name(), person.email(), person.phone(),
                List.copyOf(person.expertise()));
    }
}

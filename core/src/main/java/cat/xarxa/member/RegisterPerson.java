package cat.xarxa.member;

import cat.xarxa.common.CommandValidator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * Registers a person of the network: a council's representative or technician, a mentor, a
 * contact. Name, email and phone are personal data.
 *
 * @param name      the person's name
 * @param email     an email address; may be null
 * @param phone     a phone number, digits with spaces, {@code +}, hyphens or brackets; may be null or empty
 * @param expertise areas of expertise as typed ({@code "Contractació pública responsable"}) or as
 *                  tags ({@code responsible-public-procurement}); each becomes a tag
 */
public record RegisterPerson(
        @NotBlank @Size(max = 200) String name,
        @Email @Size(max = 254) String email,
        @Pattern(regexp = "([+0-9 ()\\-]{6,25})?", message = "{cat.xarxa.constraints.Phone.message}") String phone,
        @NotNull @Size(max = 30) @ExpertiseAreas Set<String> expertise) {

    public RegisterPerson {
        CommandValidator.requireValid(RegisterPerson.class, name, email, phone, expertise);
        expertise = Set.copyOf(expertise);
    }

    /** A person with a name only. */
    public RegisterPerson(String name) {
        this(name, null, null, Set.of());
    }
}

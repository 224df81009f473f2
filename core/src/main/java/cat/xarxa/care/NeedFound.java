package cat.xarxa.care;

import cat.xarxa.common.CommandValidator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A need found in an onboarding meeting.
 *
 * @param category    a category of the catalogue
 * @param description what is needed
 * @param expectedOn  when the member expects it; may be null
 */
public record NeedFound(@NotBlank @Size(max = 60) String category, @NotBlank @Size(max = 2000) String description,
                        LocalDate expectedOn) {

    public NeedFound {
        CommandValidator.requireValid(NeedFound.class, category, description, expectedOn);
    }
}

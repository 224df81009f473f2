package cat.xarxa.member;

import cat.xarxa.common.CommandValidator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * Sets a person's areas of expertise (replacing the ones recorded).
 *
 * @param personId  the person
 * @param expertise the areas, as typed or as tags
 */
public record ChangeExpertise(
        @NotNull PersonId personId,
        @NotNull @Size(max = 30) @ExpertiseAreas Set<String> expertise) {

    public ChangeExpertise {
        CommandValidator.requireValid(ChangeExpertise.class, personId, expertise);
        expertise = Set.copyOf(expertise);
    }
}

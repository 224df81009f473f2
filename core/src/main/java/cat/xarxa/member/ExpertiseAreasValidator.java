package cat.xarxa.member;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Collection;

/** Checks {@link ExpertiseAreas}. */
public final class ExpertiseAreasValidator implements ConstraintValidator<ExpertiseAreas, Collection<String>> {

    @Override
    public boolean isValid(Collection<String> areas, ConstraintValidatorContext context) {
        return areas == null || areas.stream().allMatch(area -> area != null && area.length() <= 60
                && !Expertise.normalise(area).isEmpty());
    }
}

package cat.xarxa.common;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link IneMunicipalityCode} on an {@link IneCode}, which is well formed already. */
public final class IneMunicipalityCodeValueValidator implements ConstraintValidator<IneMunicipalityCode, IneCode> {

    private final IneMunicipalityCodeValidator text = new IneMunicipalityCodeValidator();

    @Override
    public boolean isValid(IneCode value, ConstraintValidatorContext context) {
        return value == null || text.isValid(value.toString(), context);
    }
}

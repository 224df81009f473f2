package cat.xarxa.common;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link SpanishTaxId}. */
public final class SpanishTaxIdValidator implements ConstraintValidator<SpanishTaxId, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || TaxId.isValid(value.toString());
    }
}

package cat.xarxa.common;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/** Checks {@link IneMunicipalityCode} on text. */
public final class IneMunicipalityCodeValidator implements ConstraintValidator<IneMunicipalityCode, CharSequence> {

    private static final String MALFORMED = "{cat.xarxa.constraints.IneMunicipalityCode.malformed}";
    private static final String UNKNOWN = "{cat.xarxa.constraints.IneMunicipalityCode.unknown}";

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        Optional<String> problem = value == null ? Optional.empty() : problemTemplate(value.toString());
        problem.ifPresent(template -> {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(template).addConstraintViolation();
        });
        return problem.isEmpty();
    }

    /**
     * The message template for what is wrong with a code, or empty if it is the code of a real
     * municipality; for validators of other types that hold an INE code.
     */
    public static Optional<String> problemTemplate(String code) {
        if (!IneCode.isWellFormed(code)) {
            return Optional.of(MALFORMED);
        }
        return Municipalities.official().contains(IneCode.parse(code)) ? Optional.empty() : Optional.of(UNKNOWN);
    }
}

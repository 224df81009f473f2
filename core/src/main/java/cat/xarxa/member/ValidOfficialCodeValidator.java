package cat.xarxa.member;

import cat.xarxa.common.IneMunicipalityCodeValidator;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/** Checks {@link ValidOfficialCode}; the violation is reported on the {@code officialCode} field. */
public final class ValidOfficialCodeValidator implements ConstraintValidator<ValidOfficialCode, MemberData> {

    @Override
    public boolean isValid(MemberData data, ConstraintValidatorContext context) {
        if (data == null || data.kind() != MemberKind.MUNICIPALITY || data.officialCode() == null) {
            return true;
        }
        Optional<String> problem = IneMunicipalityCodeValidator.problemTemplate(data.officialCode());
        problem.ifPresent(template -> {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(template)
                    .addPropertyNode("officialCode").addConstraintViolation();
        });
        return problem.isEmpty();
    }
}

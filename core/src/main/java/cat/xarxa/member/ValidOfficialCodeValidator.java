package cat.xarxa.member;

import cat.xarxa.common.IneMunicipalityCodeValidator;
import cat.xarxa.common.TaxId;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/** Checks {@link ValidOfficialCode}; the violation is reported on the {@code officialCode} field. */
public final class ValidOfficialCodeValidator implements ConstraintValidator<ValidOfficialCode, MemberData> {

    @Override
    public boolean isValid(MemberData data, ConstraintValidatorContext context) {
        if (data == null || data.kind() == null || data.officialCode() == null) {
            return true;
        }
        Optional<String> problem = switch (data.kind()) {
            case MUNICIPALITY -> IneMunicipalityCodeValidator.problemTemplate(data.officialCode());
            case COUNTY_COUNCIL -> data.officialCode().matches("\\d{2}") ? Optional.empty()
                    : Optional.of("{cat.xarxa.constraints.CountyCode.message}");
            case OTHER_PUBLIC_BODY -> TaxId.isValid(data.officialCode()) ? Optional.empty()
                    : Optional.of("{cat.xarxa.constraints.SpanishTaxId.message}");
        };
        problem.ifPresent(template -> {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(template)
                    .addPropertyNode("officialCode").addConstraintViolation();
        });
        return problem.isEmpty();
    }
}

package cat.xarxa.common;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated text (or {@link IneCode}) is the INE code of a real Spanish municipality: six
 * digits, a correct check digit, and present in the official list ({@link Municipalities}).
 * {@code null} is valid; add {@code @NotNull} where the code is required.
 */
@Documented
@Constraint(validatedBy = {IneMunicipalityCodeValidator.class, IneMunicipalityCodeValueValidator.class})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.ANNOTATION_TYPE, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface IneMunicipalityCode {

    /** The message template; the validator picks a more precise one for each failure. */
    String message() default "{cat.xarxa.constraints.IneMunicipalityCode.message}";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};
}

package cat.xarxa.member;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Every element of the annotated collection is an area of expertise that makes a tag: not null,
 * at most 60 characters, with at least one letter or digit. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = ExpertiseAreasValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ExpertiseAreas {

    /** The message template. */
    String message() default "{cat.xarxa.constraints.Expertise.message}";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};
}

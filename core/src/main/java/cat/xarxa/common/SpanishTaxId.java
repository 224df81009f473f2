package cat.xarxa.common;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated text is a valid NIF of a legal entity ({@link TaxId}). {@code null} is valid; add
 * {@code @NotNull} where the tax id is required.
 */
@Documented
@Constraint(validatedBy = SpanishTaxIdValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.ANNOTATION_TYPE, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface SpanishTaxId {

    /** The message template. */
    String message() default "{cat.xarxa.constraints.SpanishTaxId.message}";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};
}

package cat.xarxa.member;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The official code of {@link MemberData} suits its kind: a town council's is an INE code of a
 * real municipality, a county council's two digits, another public body's a valid NIF.
 */
@Documented
@Constraint(validatedBy = ValidOfficialCodeValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidOfficialCode {

    /** The message template. */
    String message() default "{cat.xarxa.constraints.IneMunicipalityCode.message}";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};
}

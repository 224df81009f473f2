package cat.xarxa.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a value that is personal data under the GDPR (dades personals): a person's name, email,
 * phone. Exports for publication leave such values out, and a person's erasure pseudonymises
 * them, without touching any ledger or history that refers to the person by id.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface PersonalData {
}

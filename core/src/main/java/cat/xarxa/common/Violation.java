package cat.xarxa.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * One broken constraint of a command or an imported record: which field, the value given and
 * what is wrong, in any of the supported languages.
 */
public final class Violation {

    private final String field;
    private final Object invalidValue;
    private final transient ConstraintViolation<?> source;

    Violation(ConstraintViolation<?> source) {
        this.source = Objects.requireNonNull(source, "source");
        this.field = lastNodeName(source.getPropertyPath());
        this.invalidValue = source.getInvalidValue();
    }

    /** The field (record component) that holds the wrong value, e.g. {@code ineCode}. */
    public String field() {
        return field;
    }

    /** The value given; may be null. */
    public Object invalidValue() {
        return invalidValue;
    }

    /** What is wrong, in the given language. */
    public String message(Locale locale) {
        return CommandValidator.interpolate(source, locale);
    }

    /** {@code field 'value': message}, in the given language. */
    public String describe(Locale locale) {
        if (invalidValue instanceof Record) {
            return field + ": " + message(locale);
        }
        String shown = invalidValue == null ? "null" : "'" + invalidValue + "'";
        return field + " " + shown + ": " + message(locale);
    }

    @Override
    public String toString() {
        return describe(Localisation.ENGLISH);
    }

    private static String lastNodeName(Path path) {
        String name = "";
        for (Path.Node node : path) {
            if (node.getName() != null) {
                name = node.getName();
            }
        }
        return name;
    }
}

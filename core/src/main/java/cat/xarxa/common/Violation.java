package cat.xarxa.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
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
        this.field = fieldPath(source.getPropertyPath());
        this.invalidValue = source.getInvalidValue();
    }

    /**
     * The field (record component) that holds the wrong value, e.g. {@code ineCode}, with the
     * way into nested values, e.g. {@code history[1].since}.
     */
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

    /**
     * The path from the command or record to the wrong value, leaving out the constructor or
     * object itself: {@code ineCode}, {@code officialCode}, {@code history[1].since}.
     */
    private static String fieldPath(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.CONSTRUCTOR || node.getKind() == ElementKind.METHOD
                    || node.getKind() == ElementKind.BEAN || node.getKind() == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                field.append(field.length() == 0 ? "" : ".").append(node.getName());
            }
        }
        return field.toString();
    }
}

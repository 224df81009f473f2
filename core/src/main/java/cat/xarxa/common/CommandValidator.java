package cat.xarxa.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Validates commands as they are built, with Jakarta constraints on their record components.
 *
 * <p>A command record calls {@link #requireValid(Class, Object...)} from its compact constructor
 * with its arguments in order; the constraints of the canonical constructor's parameters are
 * checked before the record exists, so an invalid command is never seen by the domain.
 * Messages come from Xarxa's own {@code cat/xarxa/common/ValidationMessages_{ca,es,en}.properties}
 * ({@link ConstraintMessages}) and are produced anew for each language asked for. Expression
 * Language is not used, so none is needed at run time.
 */
public final class CommandValidator {

    private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ConstraintMessages())
            .buildValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    private CommandValidator() {
    }

    /**
     * Checks the arguments of a record's canonical constructor.
     *
     * @throws InvalidCommandException listing every broken constraint
     */
    public static void requireValid(Class<? extends Record> type, Object... arguments) {
        Set<? extends ConstraintViolation<?>> found = VALIDATOR.forExecutables()
                .validateConstructorParameters(canonicalConstructor(type), arguments);
        throwIfAny(type.getSimpleName(), found);
    }

    /**
     * Checks the constraints of a built object (fields and class), e.g. an imported record.
     *
     * @return every broken constraint, in field order; empty if valid
     */
    public static List<Violation> violationsOf(Object object) {
        return sorted(VALIDATOR.validate(object));
    }

    static void throwIfAny(String subject, Set<? extends ConstraintViolation<?>> found) {
        if (!found.isEmpty()) {
            throw new InvalidCommandException(subject, sorted(found));
        }
    }

    private static List<Violation> sorted(Set<? extends ConstraintViolation<?>> found) {
        return found.stream().map(Violation::new)
                .sorted(Comparator.comparing(Violation::field).thenComparing(v -> String.valueOf(v.invalidValue())))
                .toList();
    }

    static String interpolate(ConstraintViolation<?> violation, Locale locale) {
        return FACTORY.getMessageInterpolator().interpolate(violation.getMessageTemplate(),
                new Context(violation), Localisation.supported(locale));
    }

    private static <T extends Record> Constructor<T> canonicalConstructor(Class<T> type) {
        Class<?>[] parameterTypes = Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            return type.getDeclaredConstructor(parameterTypes);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("a record always has a canonical constructor: " + type, e);
        }
    }

    private record Context(ConstraintViolation<?> violation) implements MessageInterpolator.Context {
        @Override
        public ConstraintDescriptor<?> getConstraintDescriptor() {
            return violation.getConstraintDescriptor();
        }

        @Override
        public Object getValidatedValue() {
            return violation.getInvalidValue();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new jakarta.validation.ValidationException("no provider-specific context: " + type);
        }
    }
}

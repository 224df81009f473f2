package cat.xarxa.common;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Why something was refused: a stable code a program can test ({@code member.already-registered})
 * and a message for people in Catalan, Spanish or English.
 *
 * <p>Codes never change once published; messages may be improved. The texts live in
 * {@code cat/xarxa/common/Reasons_{ca,es,en}.properties}, where each code is a key and the
 * arguments fill {@code {0}}, {@code {1}}, ... An argument is text, or itself a reason whose
 * message is put in its place in the same language: that is how a status or a kind of
 * aggregate reads as a word of the reader's language ({@link #of(String, Object...)} does it for
 * enum constants). Immutable and thread-safe.
 *
 * @param code      the stable code; never blank
 * @param arguments the values the message shows, each a {@link String} or a {@link Reason};
 *                  never null
 */
public record Reason(String code, List<Object> arguments) {

    static final String BUNDLE = "cat.xarxa.common.Reasons";

    public Reason {
        Objects.requireNonNull(code, "code must not be null");
        if (code.isBlank()) {
            throw new IllegalArgumentException("a reason code must not be blank");
        }
        arguments = List.copyOf(arguments);
        for (Object argument : arguments) {
            if (!(argument instanceof String) && !(argument instanceof Reason)) {
                throw new IllegalArgumentException("a reason's argument is text or a reason, not " + argument.getClass());
            }
        }
    }

    /**
     * A reason with its arguments. A {@link Reason} stays a reason; an enum constant becomes the
     * reason {@code value.<Enum>.<CONSTANT>} (e.g. {@code value.MemberStatus.PENDING}), so that it
     * is shown translated; anything else is shown with {@link String#valueOf(Object)}.
     */
    public static Reason of(String code, Object... arguments) {
        return new Reason(code, Arrays.stream(arguments).map(Reason::argument).toList());
    }

    /** The word for an enum constant, e.g. {@code pendent} for {@code MemberStatus.PENDING} in Catalan. */
    public static Reason value(Enum<?> constant) {
        return new Reason("value." + constant.getDeclaringClass().getSimpleName() + "." + constant.name(), List.of());
    }

    private static Object argument(Object value) {
        if (value instanceof Reason || value instanceof String) {
            return value;
        }
        if (value instanceof Enum<?> constant) {
            return value(constant);
        }
        return String.valueOf(value);
    }

    /** The message in the given language (English where the language is not supported). */
    public String message(Locale locale) {
        Object[] shown = arguments.stream()
                .map(a -> a instanceof Reason nested ? nested.message(locale) : a)
                .toArray();
        return Localisation.format(BUNDLE, code, locale, shown);
    }

    /** The code and the English message. */
    @Override
    public String toString() {
        return code + ": " + message(Localisation.ENGLISH);
    }
}

package cat.xarxa.common;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Why something was refused: a stable code a program can test ({@code member.already-registered})
 * and a message for people in Catalan, Spanish or English.
 *
 * <p>Codes never change once published; messages may be improved. The texts live in
 * {@code cat/xarxa/common/Reasons_{ca,es,en}.properties}, where each code is a key and the
 * arguments fill {@code {0}}, {@code {1}}, ... Immutable and thread-safe.
 *
 * @param code      the stable code; never blank
 * @param arguments the values the message shows, as text; never null
 */
public record Reason(String code, List<String> arguments) {

    static final String BUNDLE = "cat.xarxa.common.Reasons";

    public Reason {
        Objects.requireNonNull(code, "code must not be null");
        if (code.isBlank()) {
            throw new IllegalArgumentException("a reason code must not be blank");
        }
        arguments = List.copyOf(arguments);
    }

    /** A reason with its arguments; each argument is shown with {@link String#valueOf(Object)}. */
    public static Reason of(String code, Object... arguments) {
        return new Reason(code, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /** The message in the given language (English where the language is not supported). */
    public String message(Locale locale) {
        return Localisation.format(BUNDLE, code, locale, arguments.toArray());
    }

    /** The code and the English message. */
    @Override
    public String toString() {
        return code + ": " + message(Localisation.ENGLISH);
    }
}

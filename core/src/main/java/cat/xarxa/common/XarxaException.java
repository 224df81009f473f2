package cat.xarxa.common;

import java.util.Locale;
import java.util.Objects;

/**
 * The root of the library's exceptions. Each carries a {@link Reason}, so its message exists in
 * Catalan, Spanish and English: {@link #getMessage()} is English, {@link #message(Locale)} any
 * of the three.
 *
 * <p>Exceptions are for bad input and technical failures; a business refusal is a
 * {@link Decision.Rejected} value, not an exception.
 */
public class XarxaException extends RuntimeException {

    private final transient Reason reason;

    public XarxaException(Reason reason) {
        this(reason, null);
    }

    public XarxaException(Reason reason, Throwable cause) {
        super(Objects.requireNonNull(reason, "reason").message(Localisation.ENGLISH), cause);
        this.reason = reason;
    }

    /** The stable reason; never null. */
    public Reason reason() {
        return reason;
    }

    /** The message in the given language. */
    public String message(Locale locale) {
        return reason.message(locale);
    }

    /** The message in the JVM's default language, where supported. */
    @Override
    public String getLocalizedMessage() {
        return message(Locale.getDefault());
    }
}

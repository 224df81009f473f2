package cat.xarxa.common;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A command (or imported record) was built with values that break its constraints; nothing was
 * done. The message names each field, the value and what is wrong, in Catalan, Spanish or
 * English.
 */
public class InvalidCommandException extends XarxaException {

    private final String subject;
    private final transient List<Violation> violations;

    public InvalidCommandException(String subject, List<Violation> violations) {
        super(Reason.of("command.invalid", subject, describe(violations, Localisation.ENGLISH)));
        this.subject = subject;
        this.violations = List.copyOf(violations);
    }

    /** The name of what was invalid, e.g. {@code ApplyForMembership}. */
    public String subject() {
        return subject;
    }

    /** Every broken constraint, at least one. */
    public List<Violation> violations() {
        return violations;
    }

    @Override
    public String message(Locale locale) {
        return Reason.of("command.invalid", subject, describe(violations, locale)).message(locale);
    }

    private static String describe(List<Violation> violations, Locale locale) {
        return violations.stream().map(v -> v.describe(locale)).collect(Collectors.joining("; "));
    }
}

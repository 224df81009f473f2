package cat.xarxa.spi;

import cat.xarxa.common.Localisation;
import cat.xarxa.common.Reason;
import cat.xarxa.common.XarxaException;
import java.util.Locale;

/**
 * An import was refused; nothing was imported. Names the record (position and line) and the
 * field, and says what is wrong in Catalan, Spanish or English.
 */
public class ImportException extends XarxaException {

    private final RecordLocation location;
    private final String field;
    private final transient Problem problem;
    private final transient Reason problemReason;

    /**
     * @param location where the record was found
     * @param field    the field that is wrong, or empty if the whole record is
     * @param problem  what is wrong
     * @param cause    the underlying error, or null
     */
    public ImportException(RecordLocation location, String field, Problem problem, Throwable cause) {
        this(location, field, problem, null, cause);
    }

    /** A problem with a stable reason, which {@link #problemReason()} gives back. */
    public ImportException(RecordLocation location, String field, Reason reason, Throwable cause) {
        this(location, field, reason::message, reason, cause);
    }

    private ImportException(RecordLocation location, String field, Problem problem, Reason problemReason, Throwable cause) {
        super(reasonFor(location, field, problem, Localisation.ENGLISH), cause);
        this.location = location;
        this.field = field == null ? "" : field;
        this.problem = problem;
        this.problemReason = problemReason;
    }

    /**
     * The stable reason for what is wrong with the record (e.g. {@code import.unknown-value}),
     * where there is one; empty for a broken constraint, whose message says it.
     */
    public java.util.Optional<Reason> problemReason() {
        return java.util.Optional.ofNullable(problemReason);
    }

    /** Where the faulty record is; record 0 when the import was refused before reading any. */
    public RecordLocation location() {
        return location;
    }

    /** The faulty field, or empty if the whole record is. */
    public String field() {
        return field;
    }

    @Override
    public String message(Locale locale) {
        return reasonFor(location, field, problem, locale).message(locale);
    }

    private static Reason reasonFor(RecordLocation location, String field, Problem problem, Locale locale) {
        if (location.index() == 0 && (field == null || field.isEmpty())) {
            // Refused before the first record was read.
            return Reason.of("import.refused", problem.message(locale));
        }
        String where = location.line() > 0
                ? Reason.of("import.location-line", location.index(), location.line()).message(locale)
                : Reason.of("import.location", location.index()).message(locale);
        return field == null || field.isEmpty()
                ? Reason.of("import.record-invalid", where, problem.message(locale))
                : Reason.of("import.field-invalid", where, field, problem.message(locale));
    }

    /** What is wrong with a record, in any supported language. */
    @FunctionalInterface
    public interface Problem {
        /** The text in a language. */
        String message(Locale locale);
    }
}

package cat.xarxa.json;

import cat.xarxa.common.Localisation;
import cat.xarxa.common.Reason;

/**
 * A field of a record read from JSON cannot be taken as it is: a value of the wrong JSON type or
 * a name that is not one of an enum's. The import turns it into an
 * {@link cat.xarxa.spi.ImportException} with the record's location; the Jackson module into a
 * Jackson error.
 */
final class RecordProblem extends RuntimeException {

    private final String field;
    private final transient Reason reason;

    /**
     * @param field  the field, e.g. {@code kind} or {@code history[2].since}
     * @param reason what is wrong, with a stable code
     */
    RecordProblem(String field, Reason reason) {
        super(field + ": " + reason.message(Localisation.ENGLISH));
        this.field = field;
        this.reason = reason;
    }

    String field() {
        return field;
    }

    Reason reason() {
        return reason;
    }
}

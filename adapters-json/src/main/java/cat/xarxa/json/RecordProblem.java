package cat.xarxa.json;

import cat.xarxa.common.Localisation;
import cat.xarxa.common.Reason;

/**
 * A field of a record read from JSON cannot be taken as it is: a value of the wrong JSON type, a
 * name that is not one of an enum's, a property the reader does not know. The import turns it into an
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
        this(field, reason, false);
    }

    /**
     * A property the reader does not know; its reason names the path it is given, which
     * {@link #reason(String)} puts under the record's place in the file.
     *
     * @param field the property's path in the record, e.g. {@code history[0].sinse}
     */
    static RecordProblem unknownProperty(String field) {
        return new RecordProblem(field, Reason.of(UNKNOWN_PROPERTY, field), true);
    }

    private static final String UNKNOWN_PROPERTY = "import.unknown-property";

    private final boolean unknownProperty;

    private RecordProblem(String field, Reason reason, boolean unknownProperty) {
        super(field + ": " + reason.message(Localisation.ENGLISH));
        this.field = field;
        this.reason = reason;
        this.unknownProperty = unknownProperty;
    }

    /**
     * What is wrong, a property the reader does not know named by its JSON path from the file's
     * root, e.g. {@code $.members[3].nmae}.
     *
     * @param record the record's path from the file's root, e.g. {@code $.members[3]}, or {@code $}
     */
    Reason reason(String record) {
        return unknownProperty ? Reason.of(UNKNOWN_PROPERTY, record + "." + field) : reason;
    }

    String field() {
        return field;
    }

    Reason reason() {
        return reason;
    }
}

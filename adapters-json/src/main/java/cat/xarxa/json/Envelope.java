package cat.xarxa.json;

import cat.xarxa.common.Reason;
import cat.xarxa.spi.ImportException;
import cat.xarxa.spi.RecordLocation;
import tools.jackson.databind.JsonNode;

/**
 * What both formats say about themselves: {@code "format":"xarxa"} and {@code "version":1}, in the
 * {@code json} document's object and in the {@code jsonl} header line. An import checks them so
 * that another program's JSON, or a file from a later version this one cannot read, is refused
 * with a clear reason instead of being read wrongly.
 */
final class Envelope {

    static final String FORMAT = "format";
    static final String FORMAT_NAME = "xarxa";
    static final String VERSION = "version";
    static final int CURRENT_VERSION = 1;

    private Envelope() {
    }

    /** Whether a field is one of the envelope's. */
    static boolean isEnvelopeField(String field) {
        return FORMAT.equals(field) || VERSION.equals(field);
    }

    /**
     * Checks one envelope field.
     *
     * @param field {@link #FORMAT} or {@link #VERSION}
     * @param value its value; null where the field is absent, which is accepted
     * @param where the record the problem is reported at
     * @throws ImportException if the value is of the wrong type or not the one this version reads
     */
    static void check(String field, JsonNode value, RecordLocation where) {
        if (value == null) {
            return;
        }
        if (FORMAT.equals(field)) {
            if (!value.isString()) {
                throw new ImportException(where, FORMAT, Reason.of("import.wrong-type", "string"), null);
            }
            if (!FORMAT_NAME.equals(value.stringValue())) {
                throw new ImportException(where, FORMAT,
                        Reason.of("import.unknown-value", value.stringValue(), FORMAT_NAME), null);
            }
        } else if (VERSION.equals(field)) {
            if (!value.isIntegralNumber()) {
                throw new ImportException(where, VERSION, Reason.of("import.wrong-type", "number"), null);
            }
            if (!String.valueOf(CURRENT_VERSION).equals(value.asString())) {
                throw new ImportException(where, VERSION,
                        Reason.of("import.unknown-value", value.asString(), CURRENT_VERSION), null);
            }
        }
    }
}

package cat.xarxa.json;

import cat.xarxa.common.Reason;
import cat.xarxa.spi.ImportException;
import cat.xarxa.spi.RecordLocation;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What both formats say about themselves: {@code "format":"xarxa"} and
 * {@code "schemaVersion":2}, in the {@code json} document's object and in the {@code jsonl}
 * header line. An import checks them so that another program's JSON, or a file from a later
 * version this one cannot read, is refused with a clear reason instead of being read wrongly.
 *
 * <p>Files of version 1 said {@code "version":1} instead; they still import, upgraded by the
 * {@link SchemaUpgrade} chain. A file that gives neither is a hand-made one of the current version.
 */
final class Envelope {

    static final String FORMAT = "format";
    static final String FORMAT_NAME = "xarxa";
    /** The version field of the current schema. */
    static final String SCHEMA_VERSION = "schemaVersion";
    /** The version field of schema 1, which only ever said {@code 1}. */
    static final String LEGACY_VERSION = "version";
    /** The version of the schema this library writes, and the latest it reads. */
    static final int CURRENT_VERSION = 2;

    private Envelope() {
    }

    /** Whether a field is one of the envelope's, in any version. */
    static boolean isEnvelopeField(String field) {
        return FORMAT.equals(field) || isVersionField(field);
    }

    /** Whether a field says the schema's version, in any version. */
    static boolean isVersionField(String field) {
        return SCHEMA_VERSION.equals(field) || LEGACY_VERSION.equals(field);
    }

    /**
     * Checks {@code format}.
     *
     * @param value its value; null where the field is absent, which is accepted
     * @throws ImportException if it is not {@code "xarxa"}
     */
    static void checkFormat(JsonNode value, RecordLocation where) {
        if (value == null) {
            return;
        }
        if (!value.isString()) {
            throw new ImportException(where, FORMAT, Reason.of("import.wrong-type", "string"), null);
        }
        if (!FORMAT_NAME.equals(value.stringValue())) {
            throw new ImportException(where, FORMAT,
                    Reason.of("import.unknown-value", value.stringValue(), FORMAT_NAME), null);
        }
    }

    /**
     * The schema version a version field says, checked: {@code "version"} only ever said
     * {@code 1}; {@code "schemaVersion"} may say any version up to {@link #CURRENT_VERSION}.
     *
     * @param field {@link #SCHEMA_VERSION} or {@link #LEGACY_VERSION}
     * @throws ImportException if the value is not a version, or is one later than this library reads
     *                         ({@code import.schema-too-new})
     */
    static int versionOf(String field, JsonNode value, RecordLocation where) {
        if (value == null || !value.isIntegralNumber()) {
            throw new ImportException(where, field, Reason.of("import.wrong-type", "integer"), null);
        }
        String text = value.asString();
        if (LEGACY_VERSION.equals(field)) {
            if (!"1".equals(text)) {
                throw new ImportException(where, field, Reason.of("import.unknown-value", text, 1), null);
            }
            return 1;
        }
        if (!value.canConvertToInt() || value.intValue() > CURRENT_VERSION) {
            throw new ImportException(where, field, Reason.of("import.schema-too-new", text, CURRENT_VERSION), null);
        }
        if (value.intValue() < 1) {
            throw new ImportException(where, field,
                    Reason.of("import.unknown-value", text, "1–" + CURRENT_VERSION), null);
        }
        return value.intValue();
    }

    /**
     * The envelope of a file of a given version, upgraded to the current one, e.g.
     * {@code {"version":1}} to {@code {"schemaVersion":2}}.
     */
    static ObjectNode upgraded(int version, ObjectNode envelope) {
        ObjectNode current = envelope;
        for (SchemaUpgrade step : SchemaUpgrade.from(version)) {
            current = step.envelope(current);
        }
        return current;
    }

    /** Whether records of a version must be upgraded before they are read. */
    static boolean recordsChangeFrom(int version) {
        return SchemaUpgrade.from(version).stream().anyMatch(SchemaUpgrade::changesRecords);
    }

    /** A record of a version as it is in the current one. */
    static JsonNode upgradedRecord(int version, RecordType<?> type, JsonNode record) {
        JsonNode current = record;
        List<SchemaUpgrade> steps = SchemaUpgrade.from(version);
        for (SchemaUpgrade step : steps) {
            current = step.record(type, current);
        }
        return current;
    }

    /** An envelope of one version field, for {@link #upgraded}. */
    static ObjectNode of(String versionField, JsonNode value) {
        ObjectNode envelope = JsonNodeFactory.instance.objectNode();
        envelope.set(versionField, value);
        return envelope;
    }
}

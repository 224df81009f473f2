package cat.xarxa.json;

import cat.xarxa.common.JournalEntry;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a {@link JournalEntry} field by field, its time as an ISO instant, so that the audit
 * history reads the same whatever the host mapper's date settings.
 */
final class JournalEntrySerializer extends StdSerializer<JournalEntry> {

    static final String SEQUENCE = "sequence";
    static final String AGGREGATE_TYPE = "aggregateType";
    static final String AGGREGATE_ID = "aggregateId";
    static final String AGGREGATE_VERSION = "aggregateVersion";
    static final String EVENT_TYPE = "eventType";
    static final String DATA = "data";
    static final String RECORDED_AT = "recordedAt";
    static final String ACTOR = "actor";

    JournalEntrySerializer() {
        super(JournalEntry.class);
    }

    @Override
    public void serialize(JournalEntry entry, JsonGenerator json, SerializationContext context) {
        json.writeStartObject(entry);
        json.writeNumberProperty(SEQUENCE, entry.sequence());
        json.writeStringProperty(AGGREGATE_TYPE, entry.aggregateType());
        json.writeStringProperty(AGGREGATE_ID, entry.aggregateId());
        json.writeNumberProperty(AGGREGATE_VERSION, entry.aggregateVersion());
        json.writeStringProperty(EVENT_TYPE, entry.eventType());
        json.writeName(DATA);
        json.writeStartObject();
        for (Map.Entry<String, String> value : entry.data().entrySet()) {
            json.writeName(value.getKey());
            if (value.getValue() == null) {
                json.writeNull();
            } else {
                json.writeString(value.getValue());
            }
        }
        json.writeEndObject();
        json.writeStringProperty(RECORDED_AT, entry.recordedAt().toString());
        json.writeStringProperty(ACTOR, entry.actor());
        json.writeEndObject();
    }
}

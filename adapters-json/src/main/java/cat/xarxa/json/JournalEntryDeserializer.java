package cat.xarxa.json;

import static cat.xarxa.json.JournalEntrySerializer.ACTOR;
import static cat.xarxa.json.JournalEntrySerializer.AGGREGATE_ID;
import static cat.xarxa.json.JournalEntrySerializer.AGGREGATE_TYPE;
import static cat.xarxa.json.JournalEntrySerializer.AGGREGATE_VERSION;
import static cat.xarxa.json.JournalEntrySerializer.DATA;
import static cat.xarxa.json.JournalEntrySerializer.EVENT_TYPE;
import static cat.xarxa.json.JournalEntrySerializer.RECORDED_AT;
import static cat.xarxa.json.JournalEntrySerializer.SEQUENCE;

import cat.xarxa.common.JournalEntry;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a {@link JournalEntry} as {@link JournalEntrySerializer} writes it. Every field must be
 * there: an entry is a record of the past, and a half one would be a false record.
 */
final class JournalEntryDeserializer extends StdDeserializer<JournalEntry> {

    JournalEntryDeserializer() {
        super(JournalEntry.class);
    }

    @Override
    public JournalEntry deserialize(JsonParser parser, DeserializationContext context) {
        // An entry is small; reading it as a tree lets the fields come in any order.
        JsonNode entry = context.readTree(parser);
        if (!entry.isObject()) {
            return context.reportInputMismatch(this, "A journal entry is a JSON object, not %s", entry);
        }
        return new JournalEntry(
                number(entry, SEQUENCE, context),
                text(entry, AGGREGATE_TYPE, context),
                text(entry, AGGREGATE_ID, context),
                number(entry, AGGREGATE_VERSION, context),
                text(entry, EVENT_TYPE, context),
                data(entry, context),
                instant(entry, context),
                text(entry, ACTOR, context));
    }

    private long number(JsonNode entry, String field, DeserializationContext context) {
        JsonNode value = entry.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
            return context.reportInputMismatch(this, "A journal entry needs '%s' as a whole number, not %s", field, value);
        }
        return value.longValue();
    }

    private String text(JsonNode entry, String field, DeserializationContext context) {
        JsonNode value = entry.get(field);
        if (value == null || !value.isString()) {
            return context.reportInputMismatch(this, "A journal entry needs '%s' as a string, not %s", field, value);
        }
        return value.stringValue();
    }

    private Map<String, String> data(JsonNode entry, DeserializationContext context) {
        JsonNode values = entry.get(DATA);
        if (values == null || !values.isObject()) {
            return context.reportInputMismatch(this, "A journal entry needs '%s' as an object, not %s", DATA, values);
        }
        Map<String, String> data = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> value : values.properties()) {
            if (value.getValue().isNull()) {
                data.put(value.getKey(), null);
            } else if (value.getValue().isString()) {
                data.put(value.getKey(), value.getValue().stringValue());
            } else {
                return context.reportInputMismatch(this, "The event data '%s' must be a string, not %s",
                        value.getKey(), value.getValue());
            }
        }
        return data;
    }

    private Instant instant(JsonNode entry, DeserializationContext context) {
        String text = text(entry, RECORDED_AT, context);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw context.weirdStringException(text, Instant.class, "not an ISO instant such as 2026-04-20T09:30:00Z");
        }
    }
}

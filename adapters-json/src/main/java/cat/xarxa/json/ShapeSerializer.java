package cat.xarxa.json;

import java.util.function.BiConsumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a record as an object in its shape, the one the formats write it in (e.g.
 * {@link PartnerShape}), so that a host's JSON and an export agree. A domain record is written
 * as its data, without the store's version, which means nothing outside the store that gave it.
 *
 * @param <T> the record written
 */
final class ShapeSerializer<T> extends StdSerializer<T> {

    private final BiConsumer<JsonGenerator, T> fields;

    /**
     * @param type   the record's class
     * @param fields writes the record's fields into the object the generator has open
     */
    ShapeSerializer(Class<T> type, BiConsumer<JsonGenerator, T> fields) {
        super(type);
        this.fields = fields;
    }

    @Override
    public void serialize(T value, JsonGenerator json, SerializationContext context) {
        json.writeStartObject(value);
        fields.accept(json, value);
        json.writeEndObject();
    }
}

package cat.xarxa.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a value object as the JSON string of its {@code toString()}, the form its
 * {@code parse} reads back ({@code "150.00"}, {@code "4:00"}, {@code "081878"}).
 */
final class TextValueSerializer<T> extends StdSerializer<T> {

    TextValueSerializer(Class<T> type) {
        super(type);
    }

    @Override
    public void serialize(T value, JsonGenerator json, SerializationContext context) {
        json.writeString(value.toString());
    }
}

package cat.xarxa.json;

import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a value object from a JSON string with its {@code parse} method. The factory's own
 * message, which names the text and what is wrong with it, becomes the Jackson error's.
 */
final class TextValueDeserializer<T> extends StdDeserializer<T> {

    private final Class<T> type;
    private final Function<String, T> parse;
    private final String example;

    /**
     * @param type    the value's class
     * @param parse   reads the text; throws {@link IllegalArgumentException} naming what is wrong
     * @param example what a good value looks like, for the error when the JSON is not a string
     */
    TextValueDeserializer(Class<T> type, Function<String, T> parse, String example) {
        super(type);
        this.type = type;
        this.parse = parse;
        this.example = example;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            throw context.wrongTokenException(parser, type, JsonToken.VALUE_STRING,
                    type.getSimpleName() + " is written as a JSON string, e.g. " + example);
        }
        String text = parser.getString();
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            throw context.weirdStringException(text, type, e.getMessage());
        }
    }
}

package cat.xarxa.json;

import java.util.function.Function;
import tools.jackson.databind.DeserializationContext;

/**
 * Turns the ids a record read by the Jackson module holds as text into ids; a text that is not
 * one fails as Jackson's error for a string it cannot take, naming the text, as a value object
 * read on its own does ({@link TextValueDeserializer}).
 */
final class IdParsing {

    private IdParsing() {
    }

    /**
     * The id a text stands for.
     *
     * @param type  the id's class, for the error
     * @param parse the id's {@code parse}, which throws {@link IllegalArgumentException} naming the text
     * @throws tools.jackson.databind.exc.InvalidFormatException if the text is not an id
     */
    static <I> I parse(DeserializationContext context, String text, Class<I> type, Function<String, I> parse) {
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            throw context.weirdStringException(text, type, e.getMessage());
        }
    }
}

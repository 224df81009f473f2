package cat.xarxa.json;

import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a fee or advisory record, or a part of one, with the same reader as the formats, the value read whole
 * first ({@link TreeFields#wholeRecord}). What the reader refuses is a Jackson error naming the
 * field, e.g. {@code Cannot read a fee policy: rule.type: unknown value 'percent'; …}.
 *
 * @param <T> the value read
 */
final class WholeRecordDeserializer<T> extends StdDeserializer<T> {

    private final Function<JsonNode, T> reader;
    private final String what;

    /**
     * @param type   the value's class
     * @param reader reads it from its tree, throwing {@link RecordProblem} for a field it cannot take
     * @param what   what it is, for messages: {@code "fee policy"}, {@code "payment"}
     */
    WholeRecordDeserializer(Class<T> type, Function<JsonNode, T> reader, String what) {
        super(type);
        this.reader = reader;
        this.what = what;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) {
        JsonNode tree = context.readTree(parser);
        try {
            return reader.apply(tree);
        } catch (RecordProblem problem) {
            return context.reportInputMismatch(this, "Cannot read a %s: %s", what, problem.getMessage());
        }
    }
}

package cat.xarxa.json;

import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads the unchecked form of a record an import validates (e.g. {@code PartnerData}) as it
 * comes, with the same reader as the formats: missing fields as null. Only a value of the wrong
 * JSON type, an unknown enum name or a date that is not one is an error, naming the field.
 *
 * @param <D> the unchecked form read
 */
final class RecordDataDeserializer<D> extends StdDeserializer<D> {

    private final Function<JsonParser, D> reader;
    private final String what;

    /**
     * @param type   the form's class
     * @param reader reads it leniently, throwing {@link RecordProblem} for a field it cannot take
     * @param what   what it is, for messages: {@code "partner"}, {@code "need"}
     */
    RecordDataDeserializer(Class<D> type, Function<JsonParser, D> reader, String what) {
        super(type);
        this.reader = reader;
        this.what = what;
    }

    @Override
    public D deserialize(JsonParser parser, DeserializationContext context) {
        try {
            return reader.apply(parser);
        } catch (RecordProblem problem) {
            return context.reportInputMismatch(this, "Cannot read a %s: %s", what, problem.getMessage());
        }
    }
}

package cat.xarxa.json;

import cat.xarxa.member.MemberData;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a {@link MemberData} as it comes, missing fields as null: it is the unchecked form that an
 * import validates. A missing {@code population} or {@code mandates} is the exception, read as
 * none, as in files written before the fields existed. Only a value of the wrong JSON type (a
 * figure's missing {@code year} or {@code inhabitants} among them, see {@link MemberRecordReader})
 * or an unknown enum name is an error.
 */
final class MemberDataDeserializer extends StdDeserializer<MemberData> {

    MemberDataDeserializer() {
        super(MemberData.class);
    }

    @Override
    public MemberData deserialize(JsonParser parser, DeserializationContext context) {
        try {
            return MemberRecordReader.read(parser);
        } catch (RecordProblem problem) {
            return context.reportInputMismatch(this, "Cannot read a member: %s", problem.getMessage());
        }
    }
}

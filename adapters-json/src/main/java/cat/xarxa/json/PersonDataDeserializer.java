package cat.xarxa.json;

import cat.xarxa.member.PersonData;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a {@link PersonData} as it comes, missing fields as null: it is the unchecked form that
 * an import validates. Only a value of the wrong JSON type is an error.
 */
final class PersonDataDeserializer extends StdDeserializer<PersonData> {

    PersonDataDeserializer() {
        super(PersonData.class);
    }

    @Override
    public PersonData deserialize(JsonParser parser, DeserializationContext context) {
        try {
            return PersonRecordReader.read(parser);
        } catch (RecordProblem problem) {
            return context.reportInputMismatch(this, "Cannot read a person: %s", problem.getMessage());
        }
    }
}

package cat.xarxa.json;

import cat.xarxa.member.PersonData;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes a {@link PersonData} in the {@link PersonShape}, missing values as {@code null}. */
final class PersonDataSerializer extends StdSerializer<PersonData> {

    PersonDataSerializer() {
        super(PersonData.class);
    }

    @Override
    public void serialize(PersonData person, JsonGenerator json, SerializationContext context) {
        json.writeStartObject(person);
        PersonShape.writeFields(json, person);
        json.writeEndObject();
    }
}

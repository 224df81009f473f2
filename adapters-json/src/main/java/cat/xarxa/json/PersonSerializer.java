package cat.xarxa.json;

import cat.xarxa.member.Person;
import cat.xarxa.member.PersonData;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a {@link Person} as its {@link PersonData}, personal data included (a host that
 * publishes what it writes leaves people out); the store's version is left out, because it means
 * nothing outside the store that gave it.
 */
final class PersonSerializer extends StdSerializer<Person> {

    PersonSerializer() {
        super(Person.class);
    }

    @Override
    public void serialize(Person person, JsonGenerator json, SerializationContext context) {
        json.writeStartObject(person);
        PersonShape.writeFields(json, PersonData.of(person));
        json.writeEndObject();
    }
}

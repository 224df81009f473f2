package cat.xarxa.json;

import cat.xarxa.member.Person;
import cat.xarxa.member.PersonData;
import cat.xarxa.member.PersonId;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a whole {@link Person}: {@code id}, {@code name} and {@code expertise} must be there,
 * each area of expertise already a tag ({@code responsible-public-procurement}), as a store holds
 * it. A missing {@code email} or {@code phone} is none, as the person itself takes it. The person
 * has version 0, as one not yet stored. Unlike an import it does not check the email address.
 */
final class PersonDeserializer extends StdDeserializer<Person> {

    PersonDeserializer() {
        super(Person.class);
    }

    @Override
    public Person deserialize(JsonParser parser, DeserializationContext context) {
        PersonData data;
        try {
            data = PersonRecordReader.read(parser);
        } catch (RecordProblem problem) {
            return context.reportInputMismatch(this, "Cannot read a person: %s", problem.getMessage());
        }
        String missing = firstMissingField(data);
        if (missing != null) {
            return context.reportInputMismatch(this, "A person needs '%s'", missing);
        }
        if (data.expertise().contains(null)) {
            return context.reportInputMismatch(this, "A person's '%s' holds tags, not null: %s",
                    PersonShape.EXPERTISE, data.expertise());
        }
        PersonId id;
        try {
            id = PersonId.parse(data.id());
        } catch (IllegalArgumentException e) {
            throw context.weirdStringException(data.id(), PersonId.class, e.getMessage());
        }
        try {
            return new Person(id, data.name(), data.email(), data.phone(), Set.copyOf(data.expertise()), 0);
        } catch (IllegalArgumentException e) {
            return context.reportInputMismatch(this, "Not a person a store could hold: %s", e.getMessage());
        }
    }

    private static String firstMissingField(PersonData data) {
        if (data.id() == null) {
            return PersonShape.ID;
        }
        if (data.name() == null) {
            return PersonShape.NAME;
        }
        if (data.expertise() == null) {
            return PersonShape.EXPERTISE;
        }
        return null;
    }
}

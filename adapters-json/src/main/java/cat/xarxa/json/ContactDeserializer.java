package cat.xarxa.json;

import cat.xarxa.care.Contact;
import cat.xarxa.care.ContactData;
import cat.xarxa.care.ContactId;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a whole {@link Contact}: {@code id}, {@code member}, {@code on}, {@code channel} and
 * {@code topic} must be there. A missing {@code note} is none, as the contact itself takes it,
 * and a missing {@code person} means nobody in particular was spoken with. It does not check that
 * the member or the person exists.
 */
final class ContactDeserializer extends StdDeserializer<Contact> {

    ContactDeserializer() {
        super(Contact.class);
    }

    @Override
    public Contact deserialize(JsonParser parser, DeserializationContext context) {
        ContactData data;
        try {
            data = ContactRecordReader.read(parser);
        } catch (RecordProblem problem) {
            return context.reportInputMismatch(this, "Cannot read a contact: %s", problem.getMessage());
        }
        String missing = firstMissingField(data);
        if (missing != null) {
            return context.reportInputMismatch(this, "A contact needs '%s'", missing);
        }
        ContactId id = IdParsing.parse(context, data.id(), ContactId.class, ContactId::parse);
        MemberId member = IdParsing.parse(context, data.member(), MemberId.class, MemberId::parse);
        PersonId person = data.person() == null ? null
                : IdParsing.parse(context, data.person(), PersonId.class, PersonId::parse);
        return new Contact(id, member, data.on(), data.channel(), data.topic(), data.note(), person);
    }

    private static String firstMissingField(ContactData data) {
        if (data.id() == null) {
            return ContactShape.ID;
        }
        if (data.member() == null) {
            return ContactShape.MEMBER;
        }
        if (data.on() == null) {
            return ContactShape.ON;
        }
        if (data.channel() == null) {
            return ContactShape.CHANNEL;
        }
        if (data.topic() == null) {
            return ContactShape.TOPIC;
        }
        return null;
    }
}

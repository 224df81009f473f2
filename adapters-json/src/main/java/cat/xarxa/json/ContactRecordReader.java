package cat.xarxa.json;

import static cat.xarxa.json.RecordFields.date;
import static cat.xarxa.json.RecordFields.enumValue;
import static cat.xarxa.json.RecordFields.firstName;
import static cat.xarxa.json.RecordFields.requireObject;
import static cat.xarxa.json.RecordFields.text;
import static cat.xarxa.json.RecordFields.unknownProperty;

import cat.xarxa.care.Channel;
import cat.xarxa.care.ContactData;
import cat.xarxa.care.ContactTopic;
import java.time.LocalDate;
import tools.jackson.core.JsonParser;

/**
 * Reads one contact record, token by token, into a {@link ContactData} without judging it, as
 * {@link PersonRecordReader} reads a person: a missing field or a JSON {@code null} becomes null,
 * so that the import's constraint check names it (a missing {@code note} or {@code person} is
 * then taken as none). Only a value of the wrong JSON type, an unknown {@code channel} or
 * {@code topic} or a date that is not one is refused here, as a {@link RecordProblem}. A field it
 * does not know is refused.
 */
final class ContactRecordReader {

    private ContactRecordReader() {
    }

    /**
     * Reads the contact whose object starts at the parser's current token and leaves the parser
     * at its end.
     *
     * @param parser at the record's {@code START_OBJECT}, or at its first property name if a
     *               caller has already stepped into it
     * @throws RecordProblem naming the field that cannot be read
     */
    static ContactData read(JsonParser parser) {
        requireObject(parser, "");
        String id = null;
        String member = null;
        LocalDate on = null;
        Channel channel = null;
        ContactTopic topic = null;
        String note = null;
        String person = null;
        for (String field = firstName(parser); field != null; field = parser.nextName()) {
            parser.nextToken();
            switch (field) {
                case ContactShape.ID -> id = text(parser, field);
                case ContactShape.MEMBER -> member = text(parser, field);
                case ContactShape.ON -> on = date(parser, field);
                case ContactShape.CHANNEL -> channel = enumValue(parser, field, Channel.class);
                case ContactShape.TOPIC -> topic = enumValue(parser, field, ContactTopic.class);
                case ContactShape.NOTE -> note = text(parser, field);
                case ContactShape.PERSON -> person = text(parser, field);
                default -> throw unknownProperty(field);
            }
        }
        return new ContactData(id, member, on, channel, topic, note, person);
    }
}

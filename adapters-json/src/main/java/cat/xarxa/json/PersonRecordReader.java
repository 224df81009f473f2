package cat.xarxa.json;

import static cat.xarxa.json.RecordFields.firstName;
import static cat.xarxa.json.RecordFields.list;
import static cat.xarxa.json.RecordFields.requireObject;
import static cat.xarxa.json.RecordFields.text;
import static cat.xarxa.json.RecordFields.unknownProperty;

import cat.xarxa.member.PersonData;
import java.util.List;
import tools.jackson.core.JsonParser;

/**
 * Reads one person record, token by token, into a {@link PersonData} without judging it, as
 * {@link MemberRecordReader} reads a member: a missing field or a JSON {@code null} becomes null,
 * so that the import's constraint check names it (a missing {@code email} or {@code phone} is
 * then taken as none; a missing {@code name} or {@code expertise} is refused there). Only a value
 * of the wrong JSON type is refused here, as a {@link RecordProblem}. A field it does not know
 * is refused.
 */
final class PersonRecordReader {

    private PersonRecordReader() {
    }

    /**
     * Reads the person whose object starts at the parser's current token and leaves the parser
     * at its end.
     *
     * @param parser at the record's {@code START_OBJECT}, or at its first property name if a
     *               caller has already stepped into it
     * @throws RecordProblem naming the field that cannot be read
     */
    static PersonData read(JsonParser parser) {
        requireObject(parser, "");
        String id = null;
        String name = null;
        String email = null;
        String phone = null;
        List<String> expertise = null;
        for (String field = firstName(parser); field != null; field = parser.nextName()) {
            parser.nextToken();
            switch (field) {
                case PersonShape.ID -> id = text(parser, field);
                case PersonShape.NAME -> name = text(parser, field);
                case PersonShape.EMAIL -> email = text(parser, field);
                case PersonShape.PHONE -> phone = text(parser, field);
                case PersonShape.EXPERTISE -> expertise = list(parser, field, RecordFields::text);
                default -> throw unknownProperty(field);
            }
        }
        return new PersonData(id, name, email, phone, expertise);
    }
}

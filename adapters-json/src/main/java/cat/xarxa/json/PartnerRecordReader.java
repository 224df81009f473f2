package cat.xarxa.json;

import static cat.xarxa.json.RecordFields.enumValue;
import static cat.xarxa.json.RecordFields.firstName;
import static cat.xarxa.json.RecordFields.requireObject;
import static cat.xarxa.json.RecordFields.text;
import static cat.xarxa.json.RecordFields.unknownProperty;

import cat.xarxa.partner.PartnerData;
import cat.xarxa.partner.PartnerKind;
import tools.jackson.core.JsonParser;

/**
 * Reads one partner record, token by token, into a {@link PartnerData} without judging it, as
 * {@link PersonRecordReader} reads a person: a missing field or a JSON {@code null} becomes null,
 * so that the import's constraint check names it (a missing {@code website} or
 * {@code contactPerson} is then taken as none; a missing {@code name} or {@code kind} is refused
 * there). Only a value of the wrong JSON type or an unknown {@code kind} is refused here, as a
 * {@link RecordProblem}. A field it does not know is refused.
 */
final class PartnerRecordReader {

    private PartnerRecordReader() {
    }

    /**
     * Reads the partner whose object starts at the parser's current token and leaves the parser
     * at its end.
     *
     * @param parser at the record's {@code START_OBJECT}, or at its first property name if a
     *               caller has already stepped into it
     * @throws RecordProblem naming the field that cannot be read
     */
    static PartnerData read(JsonParser parser) {
        requireObject(parser, "");
        String id = null;
        String name = null;
        PartnerKind kind = null;
        String website = null;
        String contactPerson = null;
        for (String field = firstName(parser); field != null; field = parser.nextName()) {
            parser.nextToken();
            switch (field) {
                case PartnerShape.ID -> id = text(parser, field);
                case PartnerShape.NAME -> name = text(parser, field);
                case PartnerShape.KIND -> kind = enumValue(parser, field, PartnerKind.class);
                case PartnerShape.WEBSITE -> website = text(parser, field);
                case PartnerShape.CONTACT_PERSON -> contactPerson = text(parser, field);
                default -> throw unknownProperty(field);
            }
        }
        return new PartnerData(id, name, kind, website, contactPerson);
    }
}

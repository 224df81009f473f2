package cat.xarxa.json;

import static cat.xarxa.json.FieldWriting.writeEnum;
import static cat.xarxa.json.FieldWriting.writeText;

import cat.xarxa.partner.PartnerData;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON shape of a partner organisation, the same in both formats and in the Jackson module:
 * {@code {"id":"…","name":"Federació de Cooperatives","kind":"FEDERATION","website":"https://…","contactPerson":"…"}}.
 * The field names are those of {@link PartnerData}, so that the import's messages name the same
 * fields. A partner without a website has {@code ""}, as the partner holds it; one without a
 * contact person {@code "contactPerson":null}, so that every partner has the same fields. The
 * contact person is named by id only: the person, with their personal data, is a record of its
 * own. The store's version is not written.
 */
final class PartnerShape {

    static final String ID = "id";
    static final String NAME = "name";
    static final String KIND = "kind";
    static final String WEBSITE = "website";
    static final String CONTACT_PERSON = "contactPerson";

    private PartnerShape() {
    }

    /** Writes the partner's fields into the object the generator has open; a missing value as {@code null}. */
    static void writeFields(JsonGenerator json, PartnerData partner) {
        writeText(json, ID, partner.id());
        writeText(json, NAME, partner.name());
        writeEnum(json, KIND, partner.kind());
        writeText(json, WEBSITE, partner.website());
        writeText(json, CONTACT_PERSON, partner.contactPerson());
    }
}

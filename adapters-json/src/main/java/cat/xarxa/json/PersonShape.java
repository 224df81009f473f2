package cat.xarxa.json;

import static cat.xarxa.json.FieldWriting.writeText;
import static cat.xarxa.json.FieldWriting.writeTexts;

import cat.xarxa.member.PersonData;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON shape of a person, the same in both formats and in the Jackson module:
 * {@code {"id":"…","name":"Núria Puig","email":"npuig@sabadell.cat","phone":"","expertise":["cooperatives"]}}.
 * The field names are those of {@link PersonData}, so that the import's messages name the same
 * fields. An absent email or phone is written as {@code ""}, as the person holds it; the areas of
 * expertise as an array of tags in the person's order, which is sorted. The store's version is
 * not written, as for members.
 */
final class PersonShape {

    static final String ID = "id";
    static final String NAME = "name";
    static final String EMAIL = "email";
    static final String PHONE = "phone";
    static final String EXPERTISE = "expertise";

    private PersonShape() {
    }

    /** Writes the person's fields into the object the generator has open; a missing value as {@code null}. */
    static void writeFields(JsonGenerator json, PersonData person) {
        writeText(json, ID, person.id());
        writeText(json, NAME, person.name());
        writeText(json, EMAIL, person.email());
        writeText(json, PHONE, person.phone());
        writeTexts(json, EXPERTISE, person.expertise());
    }
}

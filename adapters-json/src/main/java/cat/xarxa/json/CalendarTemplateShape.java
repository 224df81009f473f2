package cat.xarxa.json;

import static cat.xarxa.json.FieldWriting.writeList;

import cat.xarxa.governance.CalendarSlot;
import cat.xarxa.governance.CalendarTemplate;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON shape of a yearly calendar template, kept as a file of its own:
 * <pre>{@code
 * {"version":1,"name":"plan-2022","slots":[
 *   {"label":"working-groups-plenary","kind":"WORKING_GROUPS_PLENARY","from":"JANUARY","to":"FEBRUARY","format":"IN_PERSON"},
 *   {"label":"second-ordinary-assembly","kind":"ORDINARY_ASSEMBLY","from":"SEPTEMBER","to":"SEPTEMBER","format":"HYBRID"}]}
 * }</pre>
 * The slots are written in the template's order, each with the kind of event it asks for, the
 * first and last month it may fall in (both included) and its format, all by name.
 */
final class CalendarTemplateShape {

    static final String NAME = "name";
    static final String SLOTS = "slots";
    static final String LABEL = "label";
    static final String KIND = "kind";
    static final String FROM = "from";
    static final String TO = "to";
    static final String FORMAT = "format";

    private CalendarTemplateShape() {
    }

    /** Writes the template's fields into the object the generator has open. */
    static void writeFields(JsonGenerator json, CalendarTemplate template) {
        json.writeStringProperty(NAME, template.name());
        writeList(json, SLOTS, template.slots(), CalendarTemplateShape::writeSlot);
    }

    private static void writeSlot(JsonGenerator json, CalendarSlot slot) {
        json.writeStartObject();
        json.writeStringProperty(LABEL, slot.label());
        json.writeStringProperty(KIND, slot.kind().name());
        json.writeStringProperty(FROM, slot.from().name());
        json.writeStringProperty(TO, slot.to().name());
        json.writeStringProperty(FORMAT, slot.format().name());
        json.writeEndObject();
    }
}

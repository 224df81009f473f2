package cat.xarxa.json;

import static cat.xarxa.json.FieldWriting.writeDate;
import static cat.xarxa.json.FieldWriting.writeList;
import static cat.xarxa.json.FieldWriting.writeText;

import cat.xarxa.workinggroup.GroupMeeting;
import cat.xarxa.workinggroup.GroupProduct;
import cat.xarxa.workinggroup.GroupStep;
import cat.xarxa.workinggroup.Participation;
import cat.xarxa.workinggroup.WorkingGroup;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON shape of a working group (a theme and a mandate, coordinated by member councils, with
 * its participants, meetings and products), the same in both formats and in the Jackson module:
 * <pre>{@code
 * {"id":"…","name":"Habitatge cooperatiu","theme":"housing-cooperatives","mandate":"Una guia per als ajuntaments",
 *  "need":"…","coordinators":["…"],"coordinator":"…",
 *  "history":[{"status":"PROPOSED","on":"2026-02-02","reference":""},{"status":"ACTIVE","on":"2026-03-14","reference":"AG 2026-03"}],
 *  "participants":[{"council":"…","person":"…","from":"2026-03-14","until":null}],
 *  "meetings":[{"on":"2026-04-01","format":"VIRTUAL","attendees":["…"],"minutes":"Índex de la guia"}],
 *  "products":[{"id":"…","title":"Guia d'habitatge cooperatiu","kind":"GUIDE","status":"PUBLISHED","publishedOn":"2026-11-20","partners":["…"]}]}
 * }</pre>
 * The history is written oldest first, the meetings by date, the participants and products in
 * the group's order. {@code need} is {@code null} for a group made from a proposal,
 * {@code coordinator} when no person coordinates it, a participant's {@code person} for the council
 * as such and {@code until} while it takes part, a product's {@code publishedOn} until it is
 * published. {@code mandate}, a step's {@code reference} and a meeting's {@code minutes} are
 * {@code ""} when there is none. The group's budgets are records of their own
 * ({@link GroupBudgetShape}). The store's version is not written.
 */
final class WorkingGroupShape {

    static final String ID = "id";
    static final String NAME = "name";
    static final String THEME = "theme";
    static final String MANDATE = "mandate";
    static final String NEED = "need";
    static final String COORDINATORS = "coordinators";
    static final String COORDINATOR = "coordinator";
    static final String HISTORY = "history";
    static final String STATUS = "status";
    static final String ON = "on";
    static final String REFERENCE = "reference";
    static final String PARTICIPANTS = "participants";
    static final String COUNCIL = "council";
    static final String PERSON = "person";
    static final String FROM = "from";
    static final String UNTIL = "until";
    static final String MEETINGS = "meetings";
    static final String FORMAT = "format";
    static final String ATTENDEES = "attendees";
    static final String MINUTES = "minutes";
    static final String PRODUCTS = "products";
    static final String TITLE = "title";
    static final String KIND = "kind";
    static final String PUBLISHED_ON = "publishedOn";
    static final String PARTNERS = "partners";

    private WorkingGroupShape() {
    }

    /** Writes the group's fields into the object the generator has open. */
    static void writeFields(JsonGenerator json, WorkingGroup group) {
        json.writeStringProperty(ID, group.id().toString());
        json.writeStringProperty(NAME, group.name());
        json.writeStringProperty(THEME, group.theme());
        json.writeStringProperty(MANDATE, group.mandate());
        writeText(json, NEED, group.need() == null ? null : group.need().toString());
        writeList(json, COORDINATORS, group.coordinators(), (out, council) -> out.writeString(council.toString()));
        writeText(json, COORDINATOR, group.coordinator() == null ? null : group.coordinator().toString());
        writeList(json, HISTORY, group.history(), WorkingGroupShape::writeStep);
        writeList(json, PARTICIPANTS, group.participants(), WorkingGroupShape::writeParticipation);
        writeList(json, MEETINGS, group.meetings(), WorkingGroupShape::writeMeeting);
        writeList(json, PRODUCTS, group.products(), WorkingGroupShape::writeProduct);
    }

    private static void writeStep(JsonGenerator json, GroupStep step) {
        json.writeStartObject();
        json.writeStringProperty(STATUS, step.status().name());
        json.writeStringProperty(ON, step.on().toString());
        json.writeStringProperty(REFERENCE, step.reference());
        json.writeEndObject();
    }

    private static void writeParticipation(JsonGenerator json, Participation participation) {
        json.writeStartObject();
        json.writeStringProperty(COUNCIL, participation.council().toString());
        writeText(json, PERSON, participation.person() == null ? null : participation.person().toString());
        json.writeStringProperty(FROM, participation.from().toString());
        writeDate(json, UNTIL, participation.until());
        json.writeEndObject();
    }

    private static void writeMeeting(JsonGenerator json, GroupMeeting meeting) {
        json.writeStartObject();
        json.writeStringProperty(ON, meeting.on().toString());
        json.writeStringProperty(FORMAT, meeting.format().name());
        writeList(json, ATTENDEES, meeting.attendees(), (out, person) -> out.writeString(person.toString()));
        json.writeStringProperty(MINUTES, meeting.minutes());
        json.writeEndObject();
    }

    private static void writeProduct(JsonGenerator json, GroupProduct product) {
        json.writeStartObject();
        json.writeStringProperty(ID, product.id().toString());
        json.writeStringProperty(TITLE, product.title());
        json.writeStringProperty(KIND, product.kind().name());
        json.writeStringProperty(STATUS, product.status().name());
        writeDate(json, PUBLISHED_ON, product.publishedOn());
        writeList(json, PARTNERS, product.partners(), (out, partner) -> out.writeString(partner.toString()));
        json.writeEndObject();
    }
}

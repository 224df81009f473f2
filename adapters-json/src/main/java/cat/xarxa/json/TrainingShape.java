package cat.xarxa.json;

import cat.xarxa.practice.Training;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON shape of a training a member council opens to the network, the same in both formats:
 * <pre>{@code
 * {"id":"…","council":"…","title":"Compra pública responsable","topic":"responsible-public-procurement",
 *  "from":"2026-10-05","to":"2026-10-26","format":"VIRTUAL","seats":20,"link":"https://sabadell.cat/formacio"}
 * }</pre>
 * {@code link} is {@code ""} when there is none. The store's version is not written.
 */
final class TrainingShape {

    static final String ID = "id";
    static final String COUNCIL = "council";
    static final String TITLE = "title";
    static final String TOPIC = "topic";
    static final String FROM = "from";
    static final String TO = "to";
    static final String FORMAT = "format";
    static final String SEATS = "seats";
    static final String LINK = "link";

    private TrainingShape() {
    }

    /** Writes the training's fields into the object the generator has open. */
    static void writeFields(JsonGenerator json, Training training) {
        json.writeStringProperty(ID, training.id().toString());
        json.writeStringProperty(COUNCIL, training.council().toString());
        json.writeStringProperty(TITLE, training.title());
        json.writeStringProperty(TOPIC, training.topic());
        json.writeStringProperty(FROM, training.from().toString());
        json.writeStringProperty(TO, training.to().toString());
        json.writeStringProperty(FORMAT, training.format().name());
        json.writeNumberProperty(SEATS, training.seats());
        json.writeStringProperty(LINK, training.link());
    }
}

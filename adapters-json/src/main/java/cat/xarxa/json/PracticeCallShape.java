package cat.xarxa.json;

import static cat.xarxa.json.FieldWriting.writeTexts;

import cat.xarxa.practice.PracticeCall;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON shape of a call for good practices, the same in both formats:
 * <pre>{@code
 * {"id":"…","title":"Convocatòria de bones pràctiques 2026","opensOn":"2026-02-01","deadline":"2026-04-30",
 *  "priorities":["covid-19-response","inter-cooperation"]}
 * }</pre>
 * The priorities are theme tags, in the call's order; {@code []} when it gives none. The store's
 * version is not written.
 */
final class PracticeCallShape {

    static final String ID = "id";
    static final String TITLE = "title";
    static final String OPENS_ON = "opensOn";
    static final String DEADLINE = "deadline";
    static final String PRIORITIES = "priorities";

    private PracticeCallShape() {
    }

    /** Writes the call's fields into the object the generator has open. */
    static void writeFields(JsonGenerator json, PracticeCall call) {
        json.writeStringProperty(ID, call.id().toString());
        json.writeStringProperty(TITLE, call.title());
        json.writeStringProperty(OPENS_ON, call.opensOn().toString());
        json.writeStringProperty(DEADLINE, call.deadline().toString());
        writeTexts(json, PRIORITIES, call.priorities());
    }
}

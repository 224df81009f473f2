package cat.xarxa.json;

import static cat.xarxa.json.TreeFields.built;
import static cat.xarxa.json.TreeFields.date;
import static cat.xarxa.json.TreeFields.id;
import static cat.xarxa.json.TreeFields.list;
import static cat.xarxa.json.TreeFields.object;
import static cat.xarxa.json.TreeFields.text;

import cat.xarxa.practice.CallId;
import cat.xarxa.practice.PracticeCall;
import java.time.LocalDate;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads a call for good practices in {@link PracticeCallShape}'s shape, with version 0, as one
 * not yet stored. Refused here, naming the field: a missing value (only {@code priorities} may
 * be missing, meaning none), a value of the wrong JSON type (e.g. {@code priorities[1]}), an id
 * or a date that is not one, and a deadline before the opening (field {@code deadline}).
 */
final class PracticeCallReader {

    /** The record as files name it. */
    static final String RECORD = "practice-call";

    private PracticeCallReader() {
    }

    /**
     * Reads the call at a node.
     *
     * @throws RecordProblem naming the field that cannot be read
     */
    static PracticeCall read(JsonNode record) {
        object(record, "");
        CallId id = id(record, PracticeCallShape.ID, "", CallId::parse);
        String title = text(record, PracticeCallShape.TITLE, "");
        LocalDate opensOn = date(record, PracticeCallShape.OPENS_ON, "");
        LocalDate deadline = date(record, PracticeCallShape.DEADLINE, "");
        List<String> priorities = list(record, PracticeCallShape.PRIORITIES, "", TreeFields::textElement);
        return built(PracticeCallShape.DEADLINE, RECORD,
                () -> new PracticeCall(id, title, opensOn, deadline, priorities, 0));
    }
}

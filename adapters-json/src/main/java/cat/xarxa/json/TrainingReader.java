package cat.xarxa.json;

import static cat.xarxa.json.TreeFields.built;
import static cat.xarxa.json.TreeFields.date;
import static cat.xarxa.json.TreeFields.enumValue;
import static cat.xarxa.json.TreeFields.id;
import static cat.xarxa.json.TreeFields.intValue;
import static cat.xarxa.json.TreeFields.object;
import static cat.xarxa.json.TreeFields.optionalText;
import static cat.xarxa.json.TreeFields.text;

import cat.xarxa.common.MeetingFormat;
import cat.xarxa.member.MemberId;
import cat.xarxa.practice.Training;
import cat.xarxa.practice.TrainingId;
import java.time.LocalDate;
import tools.jackson.databind.JsonNode;

/**
 * Reads a training in {@link TrainingShape}'s shape, with version 0, as one not yet stored.
 * Refused here, naming the field: a missing value (only {@code link} may be missing, meaning
 * none), a value of the wrong JSON type, an id or a date that is not one, an unknown
 * {@code format}, a training that ends before it starts (field {@code to}) and one with no seat
 * (field {@code seats}). Whether the council is there and the link is a web address is the
 * import's to judge.
 */
final class TrainingReader {

    /** The record as files name it. */
    static final String RECORD = "training";

    private TrainingReader() {
    }

    /**
     * Reads the training at a node.
     *
     * @throws RecordProblem naming the field that cannot be read
     */
    static Training read(JsonNode record) {
        object(record, "");
        TrainingId id = id(record, TrainingShape.ID, "", TrainingId::parse);
        MemberId council = id(record, TrainingShape.COUNCIL, "", MemberId::parse);
        String title = text(record, TrainingShape.TITLE, "");
        String topic = text(record, TrainingShape.TOPIC, "");
        LocalDate from = date(record, TrainingShape.FROM, "");
        LocalDate to = date(record, TrainingShape.TO, "");
        MeetingFormat format = enumValue(record, TrainingShape.FORMAT, "", MeetingFormat.class);
        int seats = intValue(record, TrainingShape.SEATS, "");
        String link = optionalText(record, TrainingShape.LINK, "");
        String wrong = to.isBefore(from) ? TrainingShape.TO : TrainingShape.SEATS;
        return built(wrong, RECORD, () -> new Training(id, council, title, topic, from, to, format, seats, link, 0));
    }
}

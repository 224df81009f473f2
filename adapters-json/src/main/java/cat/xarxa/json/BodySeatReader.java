package cat.xarxa.json;

import static cat.xarxa.json.TreeFields.built;
import static cat.xarxa.json.TreeFields.date;
import static cat.xarxa.json.TreeFields.enumValue;
import static cat.xarxa.json.TreeFields.id;
import static cat.xarxa.json.TreeFields.object;
import static cat.xarxa.json.TreeFields.optionalDate;
import static cat.xarxa.json.TreeFields.optionalId;
import static cat.xarxa.json.TreeFields.text;

import cat.xarxa.governance.Body;
import cat.xarxa.governance.BodySeat;
import cat.xarxa.governance.SeatId;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import java.time.LocalDate;
import tools.jackson.databind.JsonNode;

/**
 * Reads a seat in {@link BodySeatShape}'s shape, with version 0, as one not yet stored. Refused
 * here, naming the field: a missing value (only {@code council}, {@code person} and
 * {@code until} may be missing, meaning none), a value of the wrong JSON type, an id or a date
 * that is not one, an unknown {@code body}, a seat held by neither a council nor a person (field
 * {@code council}) and one that ends before it starts (field {@code until}). Whether the body
 * has seats and the council and the person are there is the import's to judge.
 */
final class BodySeatReader {

    /** The record as files name it. */
    static final String RECORD = "body-seat";

    private BodySeatReader() {
    }

    /**
     * Reads the seat at a node.
     *
     * @throws RecordProblem naming the field that cannot be read
     */
    static BodySeat read(JsonNode record) {
        object(record, "");
        SeatId id = id(record, BodySeatShape.ID, "", SeatId::parse);
        Body body = enumValue(record, BodySeatShape.BODY, "", Body.class);
        MemberId council = optionalId(record, BodySeatShape.COUNCIL, "", MemberId::parse);
        PersonId person = optionalId(record, BodySeatShape.PERSON, "", PersonId::parse);
        String role = text(record, BodySeatShape.ROLE, "");
        LocalDate from = date(record, BodySeatShape.FROM, "");
        LocalDate until = optionalDate(record, BodySeatShape.UNTIL, "");
        String wrong = council == null && person == null ? BodySeatShape.COUNCIL : BodySeatShape.UNTIL;
        return built(wrong, RECORD, () -> new BodySeat(id, body, council, person, role, from, until, 0));
    }
}

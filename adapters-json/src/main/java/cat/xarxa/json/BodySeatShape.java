package cat.xarxa.json;

import static cat.xarxa.json.FieldWriting.writeDate;
import static cat.xarxa.json.FieldWriting.writeText;

import cat.xarxa.governance.BodySeat;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON shape of a seat on one of the network's bodies, the same in both formats:
 * <pre>{@code
 * {"id":"…","body":"TECHNICAL_COMMISSION","council":"…","person":"…","role":"member","from":"2026-03-14","until":null}
 * }</pre>
 * {@code council} is {@code null} for a person sitting on their own (the secretariat's staff),
 * {@code person} when the council has named nobody, {@code until} while the seat is held. The
 * person is personal data by reference: their name is in their own record. The store's version
 * is not written.
 */
final class BodySeatShape {

    static final String ID = "id";
    static final String BODY = "body";
    static final String COUNCIL = "council";
    static final String PERSON = "person";
    static final String ROLE = "role";
    static final String FROM = "from";
    static final String UNTIL = "until";

    private BodySeatShape() {
    }

    /** Writes the seat's fields into the object the generator has open. */
    static void writeFields(JsonGenerator json, BodySeat seat) {
        json.writeStringProperty(ID, seat.id().toString());
        json.writeStringProperty(BODY, seat.body().name());
        writeText(json, COUNCIL, seat.council() == null ? null : seat.council().toString());
        writeText(json, PERSON, seat.person() == null ? null : seat.person().toString());
        json.writeStringProperty(ROLE, seat.role());
        json.writeStringProperty(FROM, seat.from().toString());
        writeDate(json, UNTIL, seat.until());
    }
}

package cat.xarxa.json;

import static cat.xarxa.json.FieldWriting.writeList;
import static cat.xarxa.json.FieldWriting.writeText;

import cat.xarxa.advisory.Advisory;
import cat.xarxa.advisory.AdvisoryPackage;
import cat.xarxa.advisory.AdvisoryRequest;
import cat.xarxa.advisory.Provider;
import cat.xarxa.advisory.Session;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON shape of an advisory (one council's request, or a joint advisory carrying the requests
 * of several), the same in both formats and in the Jackson module:
 * <pre>{@code
 * {"id":"…","period":"2026","topic":"responsible-public-procurement","package":{"hours":"4:00","sessions":2},
 *  "requests":[{"id":"…","member":"…","person":"…","topic":"responsible-public-procurement","details":"Plec de neteja",
 *               "format":"VIRTUAL","package":{"hours":"4:00","sessions":2},"requestedOn":"2026-04-20"}],
 *  "provider":{"kind":"EXPERT_PERSON","person":"…","partner":null},"coProvider":null,
 *  "sessions":[{"id":"…","start":"2026-05-04T10:00","end":"2026-05-04T12:00","format":"VIRTUAL","status":"DELIVERED",
 *               "delivered":"2:15","attendance":["…"]}],
 *  "status":"SCHEDULED","mergedInto":null,"reserved":"1:45","consumed":"2:15"}
 * }</pre>
 * The requests are written in the order the advisory holds them, its own first; an advisory
 * merged into a joint one holds none and names it in {@code mergedInto}. The provider names a
 * person only for {@code EXPERT_PERSON} and a partner only for {@code PARTNER}, the other
 * {@code null}. Sessions are written in the order they were scheduled, their start and end as ISO
 * local date and time; {@code delivered} is {@code "0:00"} and {@code attendance} {@code []}
 * unless the session was delivered. Hours are {@code h:mm} text. The store's version is not
 * written.
 */
final class AdvisoryShape {

    static final String ID = "id";
    static final String PERIOD = "period";
    static final String TOPIC = "topic";
    static final String PACKAGE = "package";
    static final String HOURS = "hours";
    static final String SESSIONS = "sessions";
    static final String REQUESTS = "requests";
    static final String MEMBER = "member";
    static final String PERSON = "person";
    static final String DETAILS = "details";
    static final String FORMAT = "format";
    static final String REQUESTED_ON = "requestedOn";
    static final String PROVIDER = "provider";
    static final String KIND = "kind";
    static final String PARTNER = "partner";
    static final String CO_PROVIDER = "coProvider";
    static final String START = "start";
    static final String END = "end";
    static final String STATUS = "status";
    static final String DELIVERED = "delivered";
    static final String ATTENDANCE = "attendance";
    static final String MERGED_INTO = "mergedInto";
    static final String RESERVED = "reserved";
    static final String CONSUMED = "consumed";

    private AdvisoryShape() {
    }

    /** Writes the advisory's fields into the object the generator has open. */
    static void writeFields(JsonGenerator json, Advisory advisory) {
        json.writeStringProperty(ID, advisory.id().toString());
        json.writeStringProperty(PERIOD, advisory.period());
        json.writeStringProperty(TOPIC, advisory.topic());
        json.writeName(PACKAGE);
        writePackage(json, advisory.pkg());
        writeList(json, REQUESTS, advisory.requests(), AdvisoryShape::writeRequest);
        json.writeName(PROVIDER);
        writeProvider(json, advisory.provider());
        writeText(json, CO_PROVIDER, advisory.coProvider() == null ? null : advisory.coProvider().toString());
        writeList(json, SESSIONS, advisory.sessions(), AdvisoryShape::writeSession);
        json.writeStringProperty(STATUS, advisory.status().name());
        writeText(json, MERGED_INTO, advisory.mergedInto() == null ? null : advisory.mergedInto().toString());
        json.writeStringProperty(RESERVED, advisory.reserved().toString());
        json.writeStringProperty(CONSUMED, advisory.consumed().toString());
    }

    private static void writePackage(JsonGenerator json, AdvisoryPackage pkg) {
        json.writeStartObject();
        json.writeStringProperty(HOURS, pkg.hours().toString());
        json.writeNumberProperty(SESSIONS, pkg.sessions());
        json.writeEndObject();
    }

    private static void writeRequest(JsonGenerator json, AdvisoryRequest request) {
        json.writeStartObject();
        json.writeStringProperty(ID, request.id().toString());
        json.writeStringProperty(MEMBER, request.member().toString());
        json.writeStringProperty(PERSON, request.person().toString());
        json.writeStringProperty(TOPIC, request.topic());
        json.writeStringProperty(DETAILS, request.details());
        json.writeStringProperty(FORMAT, request.format().name());
        json.writeName(PACKAGE);
        writePackage(json, request.pkg());
        json.writeStringProperty(REQUESTED_ON, request.requestedOn().toString());
        json.writeEndObject();
    }

    private static void writeProvider(JsonGenerator json, Provider provider) {
        json.writeStartObject();
        json.writeStringProperty(KIND, provider.kind().name());
        writeText(json, PERSON, provider.person() == null ? null : provider.person().toString());
        writeText(json, PARTNER, provider.partner() == null ? null : provider.partner().toString());
        json.writeEndObject();
    }

    private static void writeSession(JsonGenerator json, Session session) {
        json.writeStartObject();
        json.writeStringProperty(ID, session.id().toString());
        json.writeStringProperty(START, session.start().toString());
        json.writeStringProperty(END, session.end().toString());
        json.writeStringProperty(FORMAT, session.format().name());
        json.writeStringProperty(STATUS, session.status().name());
        json.writeStringProperty(DELIVERED, session.delivered().toString());
        writeList(json, ATTENDANCE, session.attendance(), (out, member) -> out.writeString(member.toString()));
        json.writeEndObject();
    }
}

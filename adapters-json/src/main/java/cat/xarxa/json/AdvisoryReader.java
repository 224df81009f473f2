package cat.xarxa.json;

import static cat.xarxa.json.RecordFields.wrongType;
import static cat.xarxa.json.TreeFields.at;
import static cat.xarxa.json.TreeFields.built;
import static cat.xarxa.json.TreeFields.date;
import static cat.xarxa.json.TreeFields.dateTime;
import static cat.xarxa.json.TreeFields.enumValue;
import static cat.xarxa.json.TreeFields.hours;
import static cat.xarxa.json.TreeFields.id;
import static cat.xarxa.json.TreeFields.intValue;
import static cat.xarxa.json.TreeFields.list;
import static cat.xarxa.json.TreeFields.object;
import static cat.xarxa.json.TreeFields.optional;
import static cat.xarxa.json.TreeFields.optionalEnumValue;
import static cat.xarxa.json.TreeFields.optionalHours;
import static cat.xarxa.json.TreeFields.optionalId;
import static cat.xarxa.json.TreeFields.optionalText;
import static cat.xarxa.json.TreeFields.text;

import cat.xarxa.advisory.Advisory;
import cat.xarxa.advisory.AdvisoryId;
import cat.xarxa.advisory.AdvisoryPackage;
import cat.xarxa.advisory.AdvisoryRequest;
import cat.xarxa.advisory.AdvisoryStatus;
import cat.xarxa.advisory.Provider;
import cat.xarxa.advisory.ProviderKind;
import cat.xarxa.advisory.RequestId;
import cat.xarxa.advisory.Session;
import cat.xarxa.advisory.SessionId;
import cat.xarxa.advisory.SessionStatus;
import cat.xarxa.common.Hours;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.common.Reason;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import cat.xarxa.partner.PartnerId;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads an advisory in {@link AdvisoryShape}'s shape, with version 0, as one not yet stored.
 * Refused here, naming the field by its path (e.g. {@code sessions[1].status}): a missing value
 * (only these may be missing: {@code requests}, {@code sessions} and a session's
 * {@code attendance}, meaning none; {@code provider}, meaning the secretariat; {@code coProvider}
 * and {@code mergedInto}, meaning none; a request's {@code details}, meaning none, and
 * {@code format}, meaning virtual; a session's {@code delivered}, meaning {@code 0:00}; a
 * provider's {@code person} or {@code partner} where its kind names none), a value of the wrong
 * JSON type, an id, a date or a date and time that is not one, an unknown {@code status},
 * {@code format} or provider {@code kind}, hours that are not {@code h:mm}, and a provider whose
 * kind and the person or partner it names do not go together. Whether the bank, the members and
 * the people are there is the import's to judge.
 */
final class AdvisoryReader {

    /** The record as files name it. */
    static final String RECORD = "advisory";

    private AdvisoryReader() {
    }

    /**
     * Reads the advisory at a node.
     *
     * @throws RecordProblem naming the field that cannot be read
     */
    static Advisory read(JsonNode record) {
        object(record, "");
        AdvisoryId id = id(record, AdvisoryShape.ID, "", AdvisoryId::parse);
        String period = text(record, AdvisoryShape.PERIOD, "");
        String topic = text(record, AdvisoryShape.TOPIC, "");
        AdvisoryPackage pkg = pkg(record.get(AdvisoryShape.PACKAGE), AdvisoryShape.PACKAGE);
        List<AdvisoryRequest> requests = list(record, AdvisoryShape.REQUESTS, "", AdvisoryReader::request);
        Provider provider = provider(optional(record, AdvisoryShape.PROVIDER), AdvisoryShape.PROVIDER);
        PartnerId coProvider = optionalId(record, AdvisoryShape.CO_PROVIDER, "", PartnerId::parse);
        List<Session> sessions = list(record, AdvisoryShape.SESSIONS, "", AdvisoryReader::session);
        AdvisoryStatus status = enumValue(record, AdvisoryShape.STATUS, "", AdvisoryStatus.class);
        AdvisoryId mergedInto = optionalId(record, AdvisoryShape.MERGED_INTO, "", AdvisoryId::parse);
        Hours reserved = hours(record, AdvisoryShape.RESERVED, "");
        Hours consumed = hours(record, AdvisoryShape.CONSUMED, "");
        return new Advisory(id, period, topic, pkg, requests, provider, coProvider, sessions, status, mergedInto,
                reserved, consumed, 0);
    }

    /** A package, {@code {"hours":"4:00","sessions":2}}; required. */
    private static AdvisoryPackage pkg(JsonNode node, String path) {
        object(node, path);
        Hours hours = hours(node, AdvisoryShape.HOURS, path);
        int sessions = intValue(node, AdvisoryShape.SESSIONS, path);
        return new AdvisoryPackage(hours, sessions);
    }

    private static AdvisoryRequest request(JsonNode request, String where) {
        object(request, where);
        MeetingFormat format = optionalEnumValue(request, AdvisoryShape.FORMAT, where, MeetingFormat.class);
        return new AdvisoryRequest(id(request, AdvisoryShape.ID, where, RequestId::parse),
                id(request, AdvisoryShape.MEMBER, where, MemberId::parse),
                id(request, AdvisoryShape.PERSON, where, PersonId::parse),
                text(request, AdvisoryShape.TOPIC, where),
                optionalText(request, AdvisoryShape.DETAILS, where),
                format == null ? MeetingFormat.VIRTUAL : format,
                pkg(request.get(AdvisoryShape.PACKAGE), at(where, AdvisoryShape.PACKAGE)),
                date(request, AdvisoryShape.REQUESTED_ON, where));
    }

    /** Who delivers it; the secretariat when none is written. */
    private static Provider provider(JsonNode node, String path) {
        if (node == null) {
            return Provider.SECRETARIAT;
        }
        object(node, path);
        ProviderKind kind = enumValue(node, AdvisoryShape.KIND, path, ProviderKind.class);
        PersonId person = optionalId(node, AdvisoryShape.PERSON, path, PersonId::parse);
        PartnerId partner = optionalId(node, AdvisoryShape.PARTNER, path, PartnerId::parse);
        return built(path, RECORD, () -> new Provider(kind, person, partner));
    }

    private static Session session(JsonNode session, String where) {
        object(session, where);
        Hours delivered = optionalHours(session, AdvisoryShape.DELIVERED, where);
        return new Session(id(session, AdvisoryShape.ID, where, SessionId::parse),
                dateTime(session, AdvisoryShape.START, where),
                dateTime(session, AdvisoryShape.END, where),
                enumValue(session, AdvisoryShape.FORMAT, where, MeetingFormat.class),
                enumValue(session, AdvisoryShape.STATUS, where, SessionStatus.class),
                delivered == null ? Hours.ZERO : delivered,
                list(session, AdvisoryShape.ATTENDANCE, where, AdvisoryReader::member));
    }

    /** A member's id in a list, at its place ({@code attendance[0]}). */
    private static MemberId member(JsonNode value, String where) {
        if (value == null || !value.isString()) {
            throw wrongType(where, TreeFields.STRING);
        }
        try {
            return MemberId.parse(value.stringValue());
        } catch (IllegalArgumentException e) {
            throw new RecordProblem(where, Reason.of("import.not-an-id", value.stringValue()));
        }
    }
}

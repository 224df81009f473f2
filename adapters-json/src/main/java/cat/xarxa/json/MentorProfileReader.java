package cat.xarxa.json;

import static cat.xarxa.json.RecordFields.wrongType;
import static cat.xarxa.json.TreeFields.bool;
import static cat.xarxa.json.TreeFields.built;
import static cat.xarxa.json.TreeFields.id;
import static cat.xarxa.json.TreeFields.intValue;
import static cat.xarxa.json.TreeFields.list;
import static cat.xarxa.json.TreeFields.object;

import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import cat.xarxa.mentorship.MentorProfile;
import java.util.List;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Reads a mentor's profile in {@link MentorProfileShape}'s shape, with version 0, as one not yet
 * stored. Refused here, naming the field: a missing value (only {@code topics} may be missing,
 * meaning none, and {@code open}, meaning not open), a value of the wrong JSON type, an id that is
 * not one and a capacity under one. Whether the person and the council are there is the import's
 * to judge.
 */
final class MentorProfileReader {

    /** The record as files name it. */
    static final String RECORD = "mentor-profile";

    private MentorProfileReader() {
    }

    /**
     * Reads the profile at a node.
     *
     * @throws RecordProblem naming the field that cannot be read
     */
    static MentorProfile read(JsonNode record) {
        object(record, "");
        PersonId person = id(record, MentorProfileShape.PERSON, "", PersonId::parse);
        MemberId council = id(record, MentorProfileShape.COUNCIL, "", MemberId::parse);
        List<String> topics = list(record, MentorProfileShape.TOPICS, "", MentorProfileReader::topic);
        boolean open = bool(record, MentorProfileShape.OPEN, "", false);
        int capacity = intValue(record, MentorProfileShape.CAPACITY, "");
        return built(MentorProfileShape.CAPACITY, RECORD,
                () -> new MentorProfile(person, council, new TreeSet<>(topics), open, capacity, 0));
    }

    /** A topic in the list, at its place ({@code topics[0]}). */
    private static String topic(JsonNode value, String where) {
        if (value == null || !value.isString()) {
            throw wrongType(where, TreeFields.STRING);
        }
        return value.stringValue();
    }
}

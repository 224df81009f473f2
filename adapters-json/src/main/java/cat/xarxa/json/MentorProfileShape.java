package cat.xarxa.json;

import static cat.xarxa.json.FieldWriting.writeList;

import cat.xarxa.mentorship.MentorProfile;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON shape of a mentor's profile (a person of a member council who offers to accompany
 * others), the same in both formats and in the Jackson module:
 * <pre>{@code
 * {"person":"…","council":"…","topics":["cooperatives","responsible-public-procurement"],"open":true,"capacity":2}
 * }</pre>
 * A person has one profile at most, so the person is the profile's id. The topics are written
 * sorted, {@code []} when there are none. The store's version is not written.
 */
final class MentorProfileShape {

    static final String PERSON = "person";
    static final String COUNCIL = "council";
    static final String TOPICS = "topics";
    static final String OPEN = "open";
    static final String CAPACITY = "capacity";

    private MentorProfileShape() {
    }

    /** Writes the profile's fields into the object the generator has open. */
    static void writeFields(JsonGenerator json, MentorProfile profile) {
        json.writeStringProperty(PERSON, profile.person().toString());
        json.writeStringProperty(COUNCIL, profile.council().toString());
        writeList(json, TOPICS, List.copyOf(profile.topics()), JsonGenerator::writeString);
        json.writeBooleanProperty(OPEN, profile.open());
        json.writeNumberProperty(CAPACITY, profile.capacity());
    }
}

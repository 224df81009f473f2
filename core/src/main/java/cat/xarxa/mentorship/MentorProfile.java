package cat.xarxa.mentorship;

import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A person of a member council who offers to be a mentor: on what, whether they take proposals
 * now, and how many people they can accompany at once.
 *
 * @param person   the mentor
 * @param council  the member council they belong to
 * @param topics   what they can accompany on (expertise tags)
 * @param open     whether they take proposals now
 * @param capacity how many active mentorships they take at most; at least one
 * @param version  the version the store last saved; 0 if never stored
 */
public record MentorProfile(PersonId person, MemberId council, Set<String> topics, boolean open, int capacity,
                            long version) {

    /** The aggregate type in the journal. */
    public static final String AGGREGATE_TYPE = "mentor-profile";

    public MentorProfile {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(council, "council");
        topics = java.util.Collections.unmodifiableSet(new TreeSet<>(topics));
        if (capacity < 1) {
            throw new IllegalArgumentException("a mentor takes at least one mentee: " + capacity);
        }
    }

    /** The same profile as stored at a version. */
    public MentorProfile withVersion(long storedVersion) {
        return new MentorProfile(person, council, topics, open, capacity, storedVersion);
    }
}

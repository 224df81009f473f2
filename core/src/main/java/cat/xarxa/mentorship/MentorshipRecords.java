package cat.xarxa.mentorship;

import cat.xarxa.member.PersonId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Mentor profiles and mentorships as a store holds them (port), within one unit of work. */
public interface MentorshipRecords {

    /** The profile of a mentor, if offered. */
    Optional<MentorProfile> profile(PersonId person);

    /**
     * Stores a profile: inserts if its version is 0, otherwise updates it optimistically.
     *
     * @return the version now stored
     * @throws cat.xarxa.common.ConcurrentUpdateException if another unit of work changed it first
     */
    long save(MentorProfile profile);

    /** Every profile in person id order; close the stream. */
    Stream<MentorProfile> profiles();

    /** The mentorship with this id, if stored. */
    Optional<Mentorship> mentorship(MentorshipId id);

    /**
     * Stores a mentorship (history, extensions, meetings, documentation): inserts if its version is
     * 0, otherwise replaces it only if the stored version is still the mentorship's.
     *
     * @return the version now stored
     * @throws cat.xarxa.common.ConcurrentUpdateException if another unit of work changed it first
     */
    long save(Mentorship mentorship);

    /** The mentorships a person takes part in, as mentor or mentee, in id order. */
    List<Mentorship> ofPerson(PersonId person);

    /** Every mentorship in id order, read as consumed; close the stream. */
    Stream<Mentorship> mentorships();
}

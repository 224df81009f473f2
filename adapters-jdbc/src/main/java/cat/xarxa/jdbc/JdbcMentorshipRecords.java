package cat.xarxa.jdbc;

import cat.xarxa.member.PersonId;
import cat.xarxa.mentorship.MentorProfile;
import cat.xarxa.mentorship.Mentorship;
import cat.xarxa.mentorship.MentorshipId;
import cat.xarxa.mentorship.MentorshipRecords;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Mentor profiles and mentorships within one unit of work: the port {@link MentorshipRecords}
 * over {@link JdbcMentorProfiles} and {@link JdbcMentorships}, which keep one table family each.
 * Both write at once, so nothing waits for the commit.
 */
final class JdbcMentorshipRecords implements MentorshipRecords {

    private final JdbcMentorProfiles profiles;
    private final JdbcMentorships mentorships;

    JdbcMentorshipRecords(JdbcMentorProfiles profiles, JdbcMentorships mentorships) {
        this.profiles = profiles;
        this.mentorships = mentorships;
    }

    @Override
    public Optional<MentorProfile> profile(PersonId person) {
        return profiles.find(person);
    }

    @Override
    public long save(MentorProfile profile) {
        return profiles.save(profile);
    }

    @Override
    public Stream<MentorProfile> profiles() {
        return profiles.all();
    }

    @Override
    public Optional<Mentorship> mentorship(MentorshipId id) {
        return mentorships.find(id);
    }

    @Override
    public long save(Mentorship mentorship) {
        return mentorships.save(mentorship);
    }

    @Override
    public List<Mentorship> ofPerson(PersonId person) {
        return mentorships.ofPerson(person);
    }

    @Override
    public Stream<Mentorship> mentorships() {
        return mentorships.all();
    }
}

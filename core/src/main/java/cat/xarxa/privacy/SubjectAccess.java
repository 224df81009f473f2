package cat.xarxa.privacy;

import cat.xarxa.advisory.AdvisoryId;
import cat.xarxa.advisory.AdvisoryRequest;
import cat.xarxa.advisory.AdvisoryStatus;
import cat.xarxa.advisory.Session;
import cat.xarxa.care.Contact;
import cat.xarxa.care.OnboardingMeeting;
import cat.xarxa.common.JournalEntry;
import cat.xarxa.governance.BodySeat;
import cat.xarxa.governance.EventId;
import cat.xarxa.governance.EventKind;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.Person;
import cat.xarxa.member.Role;
import cat.xarxa.mentorship.MentorProfile;
import cat.xarxa.mentorship.Mentorship;
import cat.xarxa.partner.PartnerId;
import cat.xarxa.practice.PracticeSubmission;
import cat.xarxa.workinggroup.GroupMeeting;
import cat.xarxa.workinggroup.Participation;
import cat.xarxa.workinggroup.WorkingGroupId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the network holds about one person (dret d'accés, GDPR art. 15), across all areas;
 * {@code XarxaJson.writeSubjectAccess} in {@code xarxa-adapters-json} writes it as one JSON
 * document. Records shared with other people (a joint advisory, a working group) appear only
 * through the part that names this person. Immutable.
 *
 * @param person              the person as stored
 * @param erased              whether the person has been erased (the name is then the placeholder)
 * @param mandates            the roles held at member councils, open or ended
 * @param contacts            the contacts of the care log where the person was spoken with
 * @param onboardingMeetings  the onboarding meetings the person attended
 * @param partnerContacts     the partner organisations the person is the contact of
 * @param advisoryRequests    the advisory requests the person made
 * @param advisoriesProvided  the advisories the person provides as an expert
 * @param mentorProfile       the person's mentor profile, or null
 * @param mentorships         the mentorships where the person is mentor or mentee
 * @param groupParticipations the working groups the person took part in
 * @param groupsCoordinated   the working groups the person coordinates
 * @param groupMeetings       the working-group meetings the person attended
 * @param seats               the seats the person holds or held on the bodies
 * @param eventsAttended      the events of the calendar the person attended
 * @param practiceSubmissions the good practices the person is the contact of
 * @param journal             the journal entries of the person, oldest first
 */
public record SubjectAccess(Person person, boolean erased, List<MandateHeld> mandates, List<Contact> contacts,
                            List<OnboardingMeeting> onboardingMeetings, List<PartnerContact> partnerContacts,
                            List<RequestMade> advisoryRequests, List<AdvisoryProvided> advisoriesProvided,
                            MentorProfile mentorProfile, List<Mentorship> mentorships,
                            List<GroupParticipation> groupParticipations, List<GroupCoordinated> groupsCoordinated,
                            List<GroupMeetingAttended> groupMeetings, List<BodySeat> seats,
                            List<EventAttended> eventsAttended, List<PracticeSubmission> practiceSubmissions,
                            List<JournalEntry> journal) {

    public SubjectAccess {
        Objects.requireNonNull(person, "person");
        mandates = List.copyOf(mandates);
        contacts = List.copyOf(contacts);
        onboardingMeetings = List.copyOf(onboardingMeetings);
        partnerContacts = List.copyOf(partnerContacts);
        advisoryRequests = List.copyOf(advisoryRequests);
        advisoriesProvided = List.copyOf(advisoriesProvided);
        mentorships = List.copyOf(mentorships);
        groupParticipations = List.copyOf(groupParticipations);
        groupsCoordinated = List.copyOf(groupsCoordinated);
        groupMeetings = List.copyOf(groupMeetings);
        seats = List.copyOf(seats);
        eventsAttended = List.copyOf(eventsAttended);
        practiceSubmissions = List.copyOf(practiceSubmissions);
        journal = List.copyOf(journal);
    }

    /** The mentor profile, if the person offered to mentor. */
    public Optional<MentorProfile> mentor() {
        return Optional.ofNullable(mentorProfile);
    }

    /** A role held at a member council: {@code to} null while it is open. */
    public record MandateHeld(MemberId member, String memberName, Role role, LocalDate from, LocalDate to) {
    }

    /** A partner organisation the person is the contact of. */
    public record PartnerContact(PartnerId partner, String partnerName) {
    }

    /** An advisory request the person made, in the advisory that holds it. */
    public record RequestMade(AdvisoryId advisory, AdvisoryStatus status, AdvisoryRequest request) {
    }

    /** An advisory the person provides as an expert, with its sessions. */
    public record AdvisoryProvided(AdvisoryId advisory, String period, String topic, AdvisoryStatus status,
                                   List<Session> sessions) {
        public AdvisoryProvided {
            sessions = List.copyOf(sessions);
        }
    }

    /** A participation in a working group. */
    public record GroupParticipation(WorkingGroupId group, String groupName, Participation participation) {
    }

    /** A working group the person coordinates. */
    public record GroupCoordinated(WorkingGroupId group, String groupName) {
    }

    /** A working-group meeting the person attended. */
    public record GroupMeetingAttended(WorkingGroupId group, String groupName, GroupMeeting meeting) {
    }

    /** An event of the calendar the person attended, on behalf of a council or none. */
    public record EventAttended(EventId event, EventKind kind, String title, LocalDate on, MemberId council) {
    }
}

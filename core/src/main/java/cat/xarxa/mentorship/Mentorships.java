package cat.xarxa.mentorship;

import cat.xarxa.common.Decision;
import cat.xarxa.member.PersonId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The mentorship programme (seed 004): people of member councils with expertise accompany people
 * of other councils that are starting out. Voluntary and free: no fee and no hours are charged.
 * Every rule answers with a reason code; see {@code docs/mentorship.md}.
 */
public interface Mentorships {

    /** A person offers to be a mentor, or changes the offer. */
    Decision<MentorProfile> offer(OfferMentoring command);

    /** A mentee proposes a mentorship to a mentor. */
    Decision<Mentorship> propose(ProposeMentorship command);

    /** The mentor accepts. */
    Decision<Mentorship> accept(AcceptMentorship command);

    /** The mentor declines, freely. */
    Decision<Mentorship> decline(DeclineMentorship command);

    /** Records a meeting. */
    Decision<Mentorship> meet(RecordMentorshipMeeting command);

    /** Records the activities agreed. */
    Decision<Mentorship> agree(AgreeActivities command);

    /** Both agree an extension. */
    Decision<Mentorship> extend(ExtendMentorship command);

    /** The mentee shares the documentation. */
    Decision<Mentorship> share(ShareDocumentation command);

    /** Completes a mentorship. */
    Decision<Mentorship> complete(CompleteMentorship command);

    /** Either person cancels, with a reason. */
    Decision<Mentorship> cancel(CancelMentorship command);

    /** Always refused with {@code mentorship.people-fixed}: a mentorship is personal. */
    Decision<Mentorship> replace(ReplaceParticipant command);

    /**
     * Lapses the proposals unanswered for longer than the programme allows and expires the
     * mentorships past their end date, as of a date. The library runs no threads of its own: call
     * it from the portal's daily job.
     *
     * @return the mentorships changed
     */
    List<Mentorship> expireDue(LocalDate today);

    /** A mentor's profile. */
    Optional<MentorProfile> profile(PersonId person);

    /** The open mentors offering a topic, in person id order. */
    List<MentorProfile> mentorsFor(String topic);

    /** A mentorship. */
    Optional<Mentorship> mentorship(MentorshipId id);

    /** The mentorships of a person, as mentor or mentee. */
    List<Mentorship> of(PersonId person);

    /** The network's knowledge: completed mentorships on a topic, with their documentation. */
    List<Mentorship> sharedOn(String topic);

    /** The programme over a period. */
    MentorshipReport report(LocalDate from, LocalDate to);
}

package cat.xarxa.care;

import cat.xarxa.common.Decision;
import cat.xarxa.member.MemberId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Onboarding and care of members (acollida, seguiment i cura): the needs-identification meeting,
 * the needs members raise and their follow-up, the log of contacts, and the needs report:
 * {@code xarxa.care()}.
 */
public interface MemberCare {

    /** Records an onboarding meeting and the needs found in it; accepted with the meeting's id. */
    Decision<MeetingId> recordOnboarding(RecordOnboardingMeeting command);

    /** A member raises a need; accepted with its id. */
    Decision<NeedId> raiseNeed(RaiseNeed command);

    /** Follows a need up. */
    Decision<Need> followUp(FollowUpNeed command);

    /** Logs a contact with a member; accepted with its id. */
    Decision<ContactId> logContact(LogContact command);

    /** The need with this id. */
    Optional<Need> need(NeedId id);

    /** A member's needs, in the order they were raised. */
    List<Need> needsOf(MemberId member);

    /** A member's contacts, by date. */
    List<Contact> contactsOf(MemberId member);

    /** A member's onboarding meetings, by date. */
    List<OnboardingMeeting> onboardingsOf(MemberId member);

    /** The needs raised between two dates (both included), with the expected hiring needs. */
    NeedsReport needsReport(LocalDate from, LocalDate to);

    /** The categories needs may have. */
    List<String> categories();
}

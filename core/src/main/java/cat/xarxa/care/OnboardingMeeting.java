package cat.xarxa.care;

import cat.xarxa.common.PersonalData;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The needs-identification meeting held with a new member (reunió d'acollida): when, in what
 * format, who attended, notes. The needs found are recorded as {@link Need}s.
 *
 * @param id        the id
 * @param member    the member
 * @param on        the date
 * @param format    virtual, in person or hybrid
 * @param attendees the people who attended, in the order given
 * @param notes     notes; never null, may be empty
 */
public record OnboardingMeeting(MeetingId id, MemberId member, LocalDate on, MeetingFormat format,
                                List<PersonId> attendees, @PersonalData String notes) {

    /** The aggregate type in the journal. */
    public static final String AGGREGATE_TYPE = "onboarding-meeting";

    public OnboardingMeeting {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(format, "format");
        attendees = List.copyOf(attendees);
        notes = notes == null ? "" : notes;
    }
}

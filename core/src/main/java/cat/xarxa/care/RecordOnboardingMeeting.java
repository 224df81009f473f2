package cat.xarxa.care;

import cat.xarxa.common.CommandValidator;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * Records the needs-identification meeting held with a new member, and the needs found in it;
 * all in one unit of work.
 *
 * @param memberId  the member
 * @param on        the date
 * @param format    virtual, in person or hybrid
 * @param attendees the people who attended (registered people)
 * @param notes     notes; may be null
 * @param needs     the needs found; may be empty
 */
public record RecordOnboardingMeeting(@NotNull MemberId memberId, @NotNull LocalDate on, @NotNull MeetingFormat format,
                                      @NotNull @Size(max = 50) List<PersonId> attendees, @Size(max = 4000) String notes,
                                      @NotNull @Size(max = 50) List<NeedFound> needs) {

    public RecordOnboardingMeeting {
        CommandValidator.requireValid(RecordOnboardingMeeting.class, memberId, on, format, attendees, notes, needs);
        attendees = List.copyOf(attendees);
        needs = List.copyOf(needs);
    }
}

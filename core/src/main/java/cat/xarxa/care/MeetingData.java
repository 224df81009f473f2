package cat.xarxa.care;

import cat.xarxa.common.PersonalData;
import cat.xarxa.common.MeetingFormat;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * An onboarding meeting as an import format reads it, before it is checked.
 *
 * @param id        the id as text (a UUID)
 * @param member    the member's id as text
 * @param on        the date
 * @param format    the format
 * @param attendees the attendees' ids as text
 * @param notes     the notes, or empty
 */
public record MeetingData(
        @NotBlank @Size(max = 36) String id,
        @NotBlank @Size(max = 36) String member,
        @NotNull LocalDate on,
        @NotNull MeetingFormat format,
        @NotNull @Size(max = 50) List<@NotBlank @Size(max = 36) String> attendees,
        @PersonalData @Size(max = 4000) String notes) {

    /** The data of a stored meeting, as an export writes it. */
    public static MeetingData of(OnboardingMeeting meeting) {
        return new MeetingData(meeting.id().toString(), meeting.member().toString(), meeting.on(), meeting.format(),
                meeting.attendees().stream().map(Object::toString).toList(), meeting.notes());
    }
}

package cat.xarxa.mentorship;

import cat.xarxa.common.CommandValidator;
import cat.xarxa.common.MeetingFormat;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Records a meeting of mentor and mentee.
 *
 * @param mentorship the mentorship
 * @param on the date
 * @param format in person, virtual or hybrid; null for virtual
 * @param summary a short summary; may be null
 */
public record RecordMentorshipMeeting(
        @NotNull MentorshipId mentorship,
        @NotNull LocalDate on,
        MeetingFormat format,
        @Size(max = 2000) String summary) {

    public RecordMentorshipMeeting {
        CommandValidator.requireValid(RecordMentorshipMeeting.class, mentorship, on, format, summary);
        format = format == null ? MeetingFormat.VIRTUAL : format;
    }
}

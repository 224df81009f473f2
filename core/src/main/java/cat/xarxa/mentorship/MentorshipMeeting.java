package cat.xarxa.mentorship;

import cat.xarxa.common.PersonalData;
import cat.xarxa.common.MeetingFormat;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A meeting of mentor and mentee (trobada).
 *
 * @param on      the date
 * @param format  in person or virtual (or hybrid)
 * @param summary a short summary; may be empty
 */
public record MentorshipMeeting(LocalDate on, MeetingFormat format, @PersonalData String summary) {
    public MentorshipMeeting {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(format, "format");
        summary = summary == null ? "" : summary;
    }
}

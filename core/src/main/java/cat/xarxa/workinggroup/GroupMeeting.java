package cat.xarxa.workinggroup;

import cat.xarxa.common.PersonalData;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.member.PersonId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A meeting of a group (virtual by default).
 *
 * @param on        the date
 * @param format    virtual, in person or hybrid
 * @param attendees the people who attended
 * @param minutes   short minutes; may be empty
 */
public record GroupMeeting(LocalDate on, MeetingFormat format, List<PersonId> attendees, @PersonalData String minutes) {
    public GroupMeeting {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(format, "format");
        attendees = List.copyOf(attendees);
        minutes = minutes == null ? "" : minutes;
    }
}

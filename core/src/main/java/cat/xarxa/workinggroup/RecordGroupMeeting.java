package cat.xarxa.workinggroup;

import cat.xarxa.common.CommandValidator;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.member.PersonId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * Records a meeting of a working group.
 *
 * @param group the group
 * @param on the date
 * @param format the format; null for virtual
 * @param attendees who attended
 * @param minutes short minutes; may be null
 */
public record RecordGroupMeeting(
        @NotNull WorkingGroupId group,
        @NotNull LocalDate on,
        MeetingFormat format,
        @NotNull List<@NotNull PersonId> attendees,
        @Size(max = 4000) String minutes) {

    public RecordGroupMeeting {
        CommandValidator.requireValid(RecordGroupMeeting.class, group, on, format, attendees, minutes);
        format = format == null ? MeetingFormat.VIRTUAL : format;
        attendees = List.copyOf(attendees);
    }
}

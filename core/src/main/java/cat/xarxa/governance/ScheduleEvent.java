package cat.xarxa.governance;

import cat.xarxa.common.CommandValidator;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.workinggroup.WorkingGroupPlenary;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Puts an event on the calendar. An event in person or hybrid needs its place; a virtual or
 * hybrid one needs its link.
 *
 * @param kind     what kind of event
 * @param title    its title
 * @param on       the day
 * @param startsAt the start time, or null for an all-day event
 * @param endsAt   the end time, or null
 * @param format   virtual, in person or hybrid
 * @param place    where; may be null for a virtual event
 * @param link     the online address (http or https); may be null for an event in person
 */
public record ScheduleEvent(
        @NotNull EventKind kind,
        @NotBlank @Size(max = 200) String title,
        @NotNull LocalDate on,
        LocalTime startsAt,
        LocalTime endsAt,
        @NotNull MeetingFormat format,
        @Size(max = 300) String place,
        @Size(max = 500) String link) {

    public ScheduleEvent {
        CommandValidator.requireValid(ScheduleEvent.class, kind, title, on, startsAt, endsAt, format, place, link);
        title = title.trim();
        place = place == null ? "" : place.trim();
        link = link == null ? "" : link.trim();
    }

    /** The working groups' plenary of a year, from the working-group area's reference value. */
    public static ScheduleEvent plenary(WorkingGroupPlenary plenary, String title, String place, String link) {
        return new ScheduleEvent(EventKind.WORKING_GROUPS_PLENARY, title, plenary.on(), null, null, plenary.format(),
                place, link);
    }
}

package cat.xarxa.advisory;

import cat.xarxa.common.CommandValidator;
import cat.xarxa.common.MeetingFormat;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;

/**
 * Schedules a session of an advisory.
 *
 * @param advisory the advisory
 * @param start when it starts
 * @param end when it ends; after the start
 * @param format the format; null for virtual
 */
public record ScheduleSession(
        @NotNull AdvisoryId advisory,
        @NotNull LocalDateTime start,
        @NotNull LocalDateTime end,
        MeetingFormat format) {

    public ScheduleSession {
        CommandValidator.requireValid(ScheduleSession.class, advisory, start, end, format);
        format = format == null ? MeetingFormat.VIRTUAL : format;
    }
}

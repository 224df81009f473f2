package cat.xarxa.governance;

import cat.xarxa.common.CommandValidator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Records that a scheduled event was held, with the councils that attended.
 *
 * @param event      the event
 * @param attendance who attended; each council once
 */
public record RecordAttendance(@NotNull EventId event, @NotNull @Size(max = 5000) List<@NotNull Attendance> attendance) {

    public RecordAttendance {
        CommandValidator.requireValid(RecordAttendance.class, event, attendance);
        attendance = List.copyOf(attendance);
    }
}

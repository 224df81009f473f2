package cat.xarxa.workinggroup;

import cat.xarxa.common.MeetingFormat;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The yearly plenary of all working groups (seed 000: in person, in January or February). A
 * reference value for the governance calendar, which records it as one of its events.
 *
 * @param year   the year
 * @param on     the date
 * @param format in person by default
 */
public record WorkingGroupPlenary(int year, LocalDate on, MeetingFormat format) {
    public WorkingGroupPlenary {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(format, "format");
    }

    /** Whether it falls in January or February of its year, as the plan asks. */
    public boolean isInSeason() {
        return on.getYear() == year && on.getMonthValue() <= 2;
    }
}

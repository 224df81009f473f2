package cat.xarxa.care;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry in a need's follow-up log: on a date, the status it was left in and a note.
 *
 * @param on     the date
 * @param status the status after this entry
 * @param note   what was done or learnt; never null, may be empty
 */
public record FollowUp(LocalDate on, NeedStatus status, String note) {
    public FollowUp {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(status, "status");
        note = note == null ? "" : note;
    }
}

package cat.xarxa.workinggroup;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One step of a group's history.
 *
 * @param status    the status entered
 * @param on        the date
 * @param reference the decision or note; may be empty
 */
public record GroupStep(GroupStatus status, LocalDate on, String reference) {
    public GroupStep {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(on, "on");
        reference = reference == null ? "" : reference;
    }
}

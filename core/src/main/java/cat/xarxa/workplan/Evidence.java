package cat.xarxa.workplan;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What shows an action's progress: an event, a product, an advisory, a practice, a training or a
 * link.
 *
 * @param kind      what it points at
 * @param reference the id of what it points at, or the address for a link
 * @param note      a short note; may be empty
 * @param on        when it was recorded
 */
public record Evidence(EvidenceKind kind, String reference, String note, LocalDate on) {
    public Evidence {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
        note = note == null ? "" : note;
        Objects.requireNonNull(on, "on");
    }
}

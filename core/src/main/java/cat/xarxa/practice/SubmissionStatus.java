package cat.xarxa.practice;

import java.util.Set;

/**
 * Where a submitted practice stands: submitted, then reviewed by the Technical Commission
 * (selected or not), and a selected one published once its systematisation sheet is complete.
 */
public enum SubmissionStatus {
    /** Received, not reviewed yet. */
    SUBMITTED,
    /** Selected by the Technical Commission. */
    SELECTED,
    /** Not selected. */
    NOT_SELECTED,
    /** Published in the bank, searchable by theme and council. */
    PUBLISHED;

    /** The statuses this one may change into. */
    public Set<SubmissionStatus> next() {
        return switch (this) {
            case SUBMITTED -> Set.of(SELECTED, NOT_SELECTED);
            case SELECTED -> Set.of(PUBLISHED);
            case NOT_SELECTED, PUBLISHED -> Set.of();
        };
    }
}

package cat.xarxa.workplan;

/** What an action's evidence points at. */
public enum EvidenceKind {
    /** An event of the calendar (its id). */
    EVENT,
    /** A working group's product (its id). */
    GROUP_PRODUCT,
    /** An advisory (its id). */
    ADVISORY,
    /** An advisory's material (its id). */
    ADVISORY_PRODUCT,
    /** A good practice submitted to a call (its id). */
    GOOD_PRACTICE,
    /** A training a council opened to the network (its id). */
    TRAINING,
    /** Anything else, by its address (http or https). */
    LINK
}

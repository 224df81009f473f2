package cat.xarxa.advisory;

/** Why an entry was made, for the reports (e.g. the hours saved by merging). */
public enum EntryCause {
    /** A decision of the network's bodies (grant, enlargement). */
    DECISION,
    /** A council's request reserved its package. */
    REQUEST,
    /** A request merged into a joint advisory gave its reservation back. */
    MERGE,
    /** A request taken out of a joint advisory reserved its package again. */
    UNMERGE,
    /** An explicit adjustment of an advisory's reservation. */
    ADJUSTMENT,
    /** A cancelled session gave its hours back. */
    SESSION_CANCELLED,
    /** A delivered session consumed its hours. */
    SESSION_DELIVERED,
    /** A completed advisory gave back what it did not use. */
    COMPLETED,
    /** A cancelled advisory gave back its reservation. */
    CANCELLED,
    /** The period ended with hours unused. */
    PERIOD_END
}

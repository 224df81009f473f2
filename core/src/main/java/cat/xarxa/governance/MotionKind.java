package cat.xarxa.governance;

/** What an assembly votes on. */
public enum MotionKind {
    /** Admitting a pending member. */
    ADMISSION,
    /** Approving the fee policy of a year. */
    FEE_POLICY,
    /** A budget allocation to a working group. */
    BUDGET_ALLOCATION,
    /** Enlarging the advisory hour bank of a period. */
    BANK_ENLARGEMENT,
    /** Anything else; recorded, with no effect in the library. */
    GENERAL
}

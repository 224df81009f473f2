package cat.xarxa.workinggroup;

/** What a budget entry does to a group's budget of a year. */
public enum BudgetEntryKind {
    /** The yearly allocation, by a decision: adds to what may be spent. */
    ALLOCATION,
    /** An approved increase, by a decision: adds to what may be spent. */
    INCREASE,
    /** Money committed (e.g. a contract signed): set aside from what remains. */
    COMMITMENT,
    /** A commitment given back, in part or whole. */
    RELEASE,
    /** Money spent: against a commitment, or directly from what remains. */
    EXPENSE
}

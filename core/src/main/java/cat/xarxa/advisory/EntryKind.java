package cat.xarxa.advisory;

/** What an entry of the hour bank's ledger does to the balance. */
public enum EntryKind {
    /** The initial grant of the period: adds to what is granted. */
    GRANT,
    /** An enlargement of the bag of hours by a decision: adds to what is granted. */
    ENLARGEMENT,
    /** Hours set aside for an advisory: from available to reserved. */
    RESERVATION,
    /** Reserved hours given back: from reserved to available. */
    RELEASE,
    /** Hours delivered in a session: from reserved to consumed. */
    CONSUMPTION,
    /** Hours left unused at the end of the period: from available to expired. */
    EXPIRY
}

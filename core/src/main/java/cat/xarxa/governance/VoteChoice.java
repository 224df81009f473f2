package cat.xarxa.governance;

/** A council's vote on a motion. */
public enum VoteChoice {
    /** In favour. */
    YES,
    /** Against. */
    NO,
    /** Abstains: counts as present, not for or against. */
    ABSTAIN
}

package cat.xarxa.knowledge;

/** Where a piece of the network's shared knowledge comes from. */
public enum KnowledgeSource {
    /** A published good practice. */
    GOOD_PRACTICE,
    /** A training a council opened to the network. */
    TRAINING,
    /** A published material of an advisory. */
    ADVISORY_PRODUCT,
    /** A published product of a working group. */
    GROUP_PRODUCT,
    /** The documentation a mentee shared with the network. */
    MENTORSHIP_DOCUMENTATION
}

package cat.xarxa.governance;

/** What an assembly's vote decided. */
public enum Outcome {
    /** The motion was carried and took effect. */
    CARRIED,
    /** The motion did not reach its majority. */
    DEFEATED,
    /** Too few members with vote took part. */
    NO_QUORUM
}

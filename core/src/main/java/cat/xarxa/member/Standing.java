package cat.xarxa.member;

/** Whether a member is up to date with what it owes the network (e.g. its fees). */
public enum Standing {
    /** Nothing overdue. */
    GOOD,
    /** Something overdue past its grace period; the rights policy may suspend some rights. */
    IN_ARREARS
}

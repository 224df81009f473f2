package cat.xarxa.governance;

/** What kind of event the calendar holds (seed 000, 002). */
public enum EventKind {
    /** An ordinary General Assembly. */
    ORDINARY_ASSEMBLY,
    /** An extraordinary General Assembly. */
    EXTRAORDINARY_ASSEMBLY,
    /** A meeting of the Executive Commission. */
    EXECUTIVE_COMMISSION,
    /** A meeting of the Technical Commission. */
    TECHNICAL_COMMISSION,
    /** The yearly plenary of the working groups. */
    WORKING_GROUPS_PLENARY,
    /** The meeting of elected officials (Trobada de càrrecs electes). */
    ELECTED_OFFICIALS_MEETING,
    /** An activity at the solidarity-economy fair. */
    FAIR_ACTIVITY,
    /** Anything else: a workshop, an open day. */
    OTHER;

    /** Whether the General Assembly meets, and so can take decisions. */
    public boolean isAssembly() {
        return this == ORDINARY_ASSEMBLY || this == EXTRAORDINARY_ASSEMBLY;
    }
}

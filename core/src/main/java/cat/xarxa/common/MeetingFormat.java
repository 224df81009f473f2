package cat.xarxa.common;

/** How a meeting or activity is held (format), chosen per activity. */
public enum MeetingFormat {
    /** Online. */
    VIRTUAL,
    /** Everyone in the same place. */
    IN_PERSON,
    /** Some in the room, some online. */
    HYBRID
}

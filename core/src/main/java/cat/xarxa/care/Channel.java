package cat.xarxa.care;

/** How a contact with a member took place. */
public enum Channel {
    /** By email. */
    EMAIL,
    /** By phone. */
    PHONE,
    /** By video call. */
    VIDEO_CALL,
    /** Face to face. */
    IN_PERSON,
    /** Any other way. */
    OTHER
}

package cat.xarxa.governance;

/** How a year's events answer one slot of a calendar template. */
public enum SlotStatus {
    /** An event of the kind, in the window, in the format asked for. */
    FULFILLED,
    /** An event of the kind in the window, but in another format. */
    FORMAT_DIFFERS,
    /** An event of the kind that year, but outside the window. */
    OUT_OF_WINDOW,
    /** No event of the kind answers the slot. */
    MISSING
}

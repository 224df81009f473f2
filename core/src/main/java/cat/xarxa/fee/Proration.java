package cat.xarxa.fee;

/** How the fee of a member that joins or leaves during the year is cut to the part it belonged. */
public enum Proration {
    /** The whole annual fee for any part of the year. */
    NONE,
    /** A twelfth for each calendar month with at least one day of membership. */
    BY_MONTH,
    /** A share for each day of membership, over the days of the year. */
    BY_DAY
}

package cat.xarxa.workinggroup;

/** Where a product stands. */
public enum ProductStatus {
    /** Planned. */
    PLANNED,
    /** Being written or made. */
    IN_PROGRESS,
    /** Published. */
    PUBLISHED
}

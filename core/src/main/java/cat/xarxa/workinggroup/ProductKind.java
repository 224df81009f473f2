package cat.xarxa.workinggroup;

/** What a working group produces (seed 000: guides, campaigns). */
public enum ProductKind {
    /** A guide, e.g. on housing cooperatives for local administrations. */
    GUIDE,
    /** A campaign. */
    CAMPAIGN,
    /** A report. */
    REPORT
}

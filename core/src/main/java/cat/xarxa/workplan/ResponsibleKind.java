package cat.xarxa.workplan;

/** Who can set an action's basic lines, execute it or support it (seed 001). */
public enum ResponsibleKind {
    /** One of the network's bodies, e.g. the Technical Commission. */
    BODY,
    /** The member councils themselves (els socis). */
    MEMBERS,
    /** An external specialised service or provider. */
    EXTERNAL_SERVICE,
    /** Anyone else, named in words (e.g. "whoever fits the case"). */
    OTHER
}

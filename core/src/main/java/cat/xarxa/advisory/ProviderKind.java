package cat.xarxa.advisory;

/** Who delivers an advisory (seed 004: the technical assistance service or qualified people of member councils). */
public enum ProviderKind {
    /** The network's technical secretariat. */
    SECRETARIAT,
    /** An expert person of a member council. */
    EXPERT_PERSON,
    /** A partner organisation of the ecosystem. */
    PARTNER
}

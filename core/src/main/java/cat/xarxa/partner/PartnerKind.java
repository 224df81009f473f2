package cat.xarxa.partner;

/** What kind of organisation a partner is. */
public enum PartnerKind {
    /** A federation, e.g. of housing cooperatives. */
    FEDERATION,
    /** A network, e.g. the solidarity-economy network or an ethical-finance network. */
    NETWORK,
    /** A cooperative or a cooperative athenaeum. */
    COOPERATIVE,
    /** An association, e.g. of free-software companies. */
    ASSOCIATION,
    /** Another public administration that is not a member. */
    ADMINISTRATION,
    /** A university or research centre. */
    UNIVERSITY,
    /** Anything else. */
    OTHER
}

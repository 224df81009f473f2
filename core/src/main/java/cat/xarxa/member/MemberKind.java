package cat.xarxa.member;

/** What kind of public body a member is. */
public enum MemberKind {
    /** A town council (ajuntament), identified by its INE municipality code. */
    MUNICIPALITY,
    /** A county council (consell comarcal), identified by its county code. */
    COUNTY_COUNCIL,
    /** Another local public body (e.g. a consortium), identified by its tax id. */
    OTHER_PUBLIC_BODY
}

package cat.xarxa.member;

/** What a person does for a member (càrrec). */
public enum Role {
    /** The elected official who represents the council in the network (càrrec electe). */
    POLITICAL_REPRESENTATIVE,
    /** The council's technician for the social and solidarity economy (persona tècnica d'ESS). */
    TECHNICAL_CONTACT,
    /** Any other person of the council taking part in the network. */
    OTHER;

    /** Whether one person at a time holds the role: the representative and the technical contact. */
    public boolean isSingleHolder() {
        return this != OTHER;
    }
}

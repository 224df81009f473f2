package cat.xarxa.member;

/**
 * What a member may do at a date (drets): speak at assemblies, vote, use the network's services
 * (advisories, mentorships) and take part in its activities.
 *
 * @param voice      may speak (veu)
 * @param vote       may vote (vot)
 * @param services   may use the advisory hour bank and the mentorship programme
 * @param activities may take part in working groups, meetings and other activities
 */
public record Rights(boolean voice, boolean vote, boolean services, boolean activities) {

    /** No rights: not (or no longer) in the network. */
    public static final Rights NONE = new Rights(false, false, false, false);
    /** Every right: a member in good standing. */
    public static final Rights FULL = new Rights(true, true, true, true);
    /** Voice, vote and activities, without the services: a member in arrears, by default. */
    public static final Rights SERVICES_SUSPENDED = new Rights(true, true, false, true);
    /** Voice and activities, without vote or services: an applicant waiting for the assembly. */
    public static final Rights VOICE_WITHOUT_VOTE = new Rights(true, false, false, true);
}

package cat.xarxa.advisory;

import java.util.List;

/** The default catalogue of advisory topics (seed 000 and 004 name these areas). */
public final class AdvisoryTopics {

    /** Responsible public procurement (social clauses, reserved contracts). */
    public static final String RESPONSIBLE_PUBLIC_PROCUREMENT = "responsible-public-procurement";
    /** Housing cooperatives. */
    public static final String HOUSING_COOPERATIVES = "housing-cooperatives";
    /** Care policies. */
    public static final String CARE_POLICIES = "care-policies";
    /** Digitalisation and free software. */
    public static final String DIGITALISATION_AND_FREE_SOFTWARE = "digitalisation-and-free-software";
    /** Promotion of the social and solidarity economy in general. */
    public static final String SOCIAL_ECONOMY_PROMOTION = "social-economy-promotion";
    /** Anything else; the request's details say what. */
    public static final String OTHER = "other";

    /** The default catalogue. */
    public static final List<String> DEFAULT = List.of(RESPONSIBLE_PUBLIC_PROCUREMENT, HOUSING_COOPERATIVES, CARE_POLICIES,
            DIGITALISATION_AND_FREE_SOFTWARE, SOCIAL_ECONOMY_PROMOTION, OTHER);

    private AdvisoryTopics() {
    }
}

package cat.xarxa.practice;

import java.util.List;

/** The priorities of the 2020 call (seed 003), as theme tags. A call may name any others. */
public final class PracticeThemes {

    /** The social, economic and community response to the Covid-19 crisis. */
    public static final String COVID_19_RESPONSE = "covid-19-response";
    /** Inter-cooperation between municipalities, or with the local social-economy actors. */
    public static final String INTER_COOPERATION = "inter-cooperation";
    /** Responsible public procurement. */
    public static final String RESPONSIBLE_PUBLIC_PROCUREMENT = "responsible-public-procurement";
    /** Reaching young people. */
    public static final String YOUTH = "youth";
    /** Ecological transition. */
    public static final String ECOLOGICAL_TRANSITION = "ecological-transition";
    /** Feminist and intersectional perspectives. */
    public static final String FEMINIST_AND_INTERSECTIONAL = "feminist-and-intersectional-perspectives";

    /** The 2020 call's priorities, in the call's order. */
    public static final List<String> CALL_2020 = List.of(COVID_19_RESPONSE, INTER_COOPERATION,
            RESPONSIBLE_PUBLIC_PROCUREMENT, YOUTH, ECOLOGICAL_TRANSITION, FEMINIST_AND_INTERSECTIONAL);

    private PracticeThemes() {
    }
}

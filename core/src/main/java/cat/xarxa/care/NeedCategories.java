package cat.xarxa.care;

import java.util.List;

/**
 * The catalogue of need categories. The network's default is the one below; an application may
 * configure its own ({@code Xarxa.builder().needCategories(...)}). Categories are tags: lower
 * case words joined by hyphens.
 */
public final class NeedCategories {

    /** Hiring and public procurement: the seed's example of a report is members' expected hiring needs. */
    public static final String HIRING_AND_PROCUREMENT = "hiring-and-procurement";

    /** The default catalogue. */
    public static final List<String> DEFAULT = List.of(
            HIRING_AND_PROCUREMENT, "training", "advisory", "funding", "communication", "other");

    private NeedCategories() {
    }
}

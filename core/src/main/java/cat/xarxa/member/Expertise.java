package cat.xarxa.member;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Areas of expertise (àmbits d'expertesa) as tags: lower case words joined by hyphens, e.g.
 * {@code responsible-public-procurement}. The catalogue lists the areas the network's documents
 * name; any other tag of the same form may be used too.
 */
public final class Expertise {

    /** The areas the network's documents name. */
    public static final List<String> CATALOGUE = List.of(
            "social-economy-policy",
            "responsible-public-procurement",
            "cooperatives",
            "housing-cooperatives",
            "ethical-finance",
            "care-economy",
            "feminist-economy",
            "ecological-transition",
            "youth",
            "digitalisation",
            "free-software",
            "next-generation-eu-funds",
            "community-wealth-building");

    private Expertise() {
    }

    /** Whether the text is a tag: lower case letters and digits in words joined by hyphens. */
    public static boolean isTag(String text) {
        return text != null && text.matches("[a-z0-9]+(-[a-z0-9]+)*") && text.length() <= 60;
    }

    /**
     * The tag for a text as people type it: accents dropped, lower case, words joined by
     * hyphens, e.g. {@code "Contractació pública"} becomes {@code contractacio-publica}.
     */
    public static String normalise(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace("l·l", "ll").replace("L·L", "LL").toLowerCase(Locale.ROOT);
        return plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}

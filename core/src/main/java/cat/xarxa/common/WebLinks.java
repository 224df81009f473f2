package cat.xarxa.common;

import java.net.URI;
import java.net.URISyntaxException;

/** Tells whether text is a web address a person can open: http or https, with a host. */
public final class WebLinks {

    private WebLinks() {
    }

    /** Whether the text is an absolute http or https address with a host. */
    public static boolean isWebLink(String text) {
        if (text == null || text.isBlank() || text.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}

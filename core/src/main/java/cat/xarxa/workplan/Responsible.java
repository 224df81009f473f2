package cat.xarxa.workplan;

import cat.xarxa.governance.Body;
import java.util.Objects;

/**
 * Who answers for part of an action: a body, the members, an external service or someone named
 * in words.
 *
 * @param kind what kind of party
 * @param body the body, for {@link ResponsibleKind#BODY}; null otherwise
 * @param name how the plan names it, for an external service or another party; may be empty
 */
public record Responsible(ResponsibleKind kind, Body body, String name) {

    public Responsible {
        Objects.requireNonNull(kind, "kind");
        name = name == null ? "" : name.trim();
        if ((kind == ResponsibleKind.BODY) != (body != null)) {
            throw new IllegalArgumentException("a body is named exactly when the party is a body");
        }
        if (kind == ResponsibleKind.OTHER && name.isEmpty()) {
            throw new IllegalArgumentException("another party is named in words");
        }
    }

    /** A body of the network. */
    public static Responsible body(Body body) {
        return new Responsible(ResponsibleKind.BODY, Objects.requireNonNull(body, "body"), "");
    }

    /** The member councils. */
    public static Responsible members() {
        return new Responsible(ResponsibleKind.MEMBERS, null, "");
    }

    /** An external specialised service, named or not. */
    public static Responsible externalService(String name) {
        return new Responsible(ResponsibleKind.EXTERNAL_SERVICE, null, name);
    }

    /** Another party, named in words. */
    public static Responsible other(String name) {
        return new Responsible(ResponsibleKind.OTHER, null, name);
    }
}

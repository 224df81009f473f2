package cat.xarxa.workplan;

import java.util.List;
import java.util.Objects;

/**
 * An objective of a strategic line, with its actions.
 *
 * @param code    its code, unique in the plan, e.g. {@code I.1}
 * @param title   what it aims at
 * @param actions its actions, in the plan's order
 */
public record Objective(String code, String title, List<PlanAction> actions) {
    public Objective {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        actions = List.copyOf(actions);
    }
}

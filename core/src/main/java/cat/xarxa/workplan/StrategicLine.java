package cat.xarxa.workplan;

import java.util.List;
import java.util.Objects;

/**
 * A strategic line of a plan, with its objectives.
 *
 * @param code       its code, unique in the plan, e.g. {@code I}
 * @param title      what it is, e.g. "Help strengthen the social economy in each municipality"
 * @param objectives its objectives, in the plan's order
 */
public record StrategicLine(String code, String title, List<Objective> objectives) {
    public StrategicLine {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        objectives = List.copyOf(objectives);
    }
}

package cat.xarxa.practice;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The systematisation sheet (fitxa de sistematització) the technical assistance completes with
 * the council for a selected practice.
 *
 * @param context     the situation it answers
 * @param description what was done, and how
 * @param results     what it achieved
 * @param lessons     what others can learn, successes and failures alike; may be empty
 * @param link        where the full sheet or more material is; may be empty
 * @param supported   whether the council asked the technical assistance for support to complete it
 * @param completedOn when it was completed
 */
public record SystematisationSheet(String context, String description, String results, String lessons, String link,
                                   boolean supported, LocalDate completedOn) {
    public SystematisationSheet {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(results, "results");
        lessons = lessons == null ? "" : lessons;
        link = link == null ? "" : link;
        Objects.requireNonNull(completedOn, "completedOn");
    }
}

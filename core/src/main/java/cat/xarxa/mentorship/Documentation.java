package cat.xarxa.mentorship;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the mentee shares with the whole network about the mentorship (seed 004: the person who
 * received it commits to document it and share it).
 *
 * @param summary  a summary; may be empty if there is a link
 * @param link     where the full document is; may be empty if there is a summary
 * @param sharedOn when it was shared
 */
public record Documentation(String summary, String link, LocalDate sharedOn) {
    public Documentation {
        summary = summary == null ? "" : summary;
        link = link == null ? "" : link;
        Objects.requireNonNull(sharedOn, "sharedOn");
    }

    /** Whether it says something: a summary or a link. */
    public boolean isGiven() {
        return !summary.isBlank() || !link.isBlank();
    }
}

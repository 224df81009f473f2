package cat.xarxa.governance;

import cat.xarxa.common.MeetingFormat;
import cat.xarxa.common.Reason;
import cat.xarxa.common.WebLinks;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What an event needs for its format and times, the one rule both scheduling and an import apply:
 * a place in person or hybrid, an http(s) link virtual or hybrid, an end after the start.
 */
public final class EventRules {

    /**
     * One thing wrong, with the field it is about.
     *
     * @param field  the field, e.g. {@code place}
     * @param reason why
     */
    public record Problem(String field, Reason reason) {
    }

    private EventRules() {
    }

    /** What is wrong with these values; empty if nothing. Blank text counts as none. */
    public static List<Problem> problems(MeetingFormat format, String place, String link, LocalTime startsAt,
                                         LocalTime endsAt) {
        List<Problem> problems = new ArrayList<>();
        boolean hasPlace = place != null && !place.isBlank();
        boolean hasLink = link != null && !link.isBlank();
        if (format != MeetingFormat.VIRTUAL && !hasPlace) {
            problems.add(new Problem("place", Reason.of("event.place-required", format)));
        }
        if (format != MeetingFormat.IN_PERSON && !hasLink) {
            problems.add(new Problem("link", Reason.of("event.link-required", format)));
        }
        if (hasLink && !WebLinks.isWebLink(link)) {
            problems.add(new Problem("link", Reason.of("event.link-invalid", link)));
        }
        if (endsAt != null && (startsAt == null || !endsAt.isAfter(startsAt))) {
            problems.add(new Problem("endsAt", Reason.of("event.ends-before-start", endsAt,
                    startsAt == null ? "—" : startsAt)));
        }
        return problems;
    }
}

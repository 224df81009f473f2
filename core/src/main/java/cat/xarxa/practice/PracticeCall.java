package cat.xarxa.practice;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A call for good practices of the member councils (seed 003), open from one day to its deadline,
 * with the themes it gives priority to. Immutable.
 *
 * @param id         the id
 * @param title      its title
 * @param opensOn    the first day submissions are taken
 * @param deadline   the last day submissions are taken
 * @param priorities the themes it gives priority to, as tags
 * @param version    the version the store last saved; 0 if never stored
 */
public record PracticeCall(CallId id, String title, LocalDate opensOn, LocalDate deadline, List<String> priorities,
                           long version) {

    /** The aggregate type in the journal. */
    public static final String AGGREGATE_TYPE = "practice-call";

    public PracticeCall {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(opensOn, "opensOn");
        Objects.requireNonNull(deadline, "deadline");
        priorities = List.copyOf(priorities);
        if (deadline.isBefore(opensOn)) {
            throw new IllegalArgumentException("a call's deadline is on or after its opening");
        }
    }

    /** The same call as stored at a version. */
    public PracticeCall withVersion(long storedVersion) {
        return new PracticeCall(id, title, opensOn, deadline, priorities, storedVersion);
    }

    /** Whether the call takes submissions on a day. */
    public boolean openOn(LocalDate date) {
        return !date.isBefore(opensOn) && !date.isAfter(deadline);
    }
}

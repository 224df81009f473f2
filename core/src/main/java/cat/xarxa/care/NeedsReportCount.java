package cat.xarxa.care;

import cat.xarxa.member.MemberId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds a {@link NeedsReport} one need at a time, over a stream of any size. Not thread-safe. */
public final class NeedsReportCount {

    private final LocalDate from;
    private final LocalDate to;
    private final Map<String, Long> byCategory = new TreeMap<>();
    private final Map<MemberId, Long> byMember = new HashMap<>();
    private final Map<NeedStatus, Long> byStatus = new EnumMap<>(NeedStatus.class);
    private final List<Need> expectedHiring = new ArrayList<>();

    /**
     * A report for a period, both days included.
     *
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public NeedsReportCount(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period ends on or after it starts: " + from + " to " + to);
        }
        this.from = from;
        this.to = to;
    }

    /** Counts one need. */
    public NeedsReportCount add(Need need) {
        if (within(need.raisedOn())) {
            byCategory.merge(need.category(), 1L, Long::sum);
            byMember.merge(need.member(), 1L, Long::sum);
            byStatus.merge(need.status(), 1L, Long::sum);
        }
        if (need.category().equals(NeedCategories.HIRING_AND_PROCUREMENT) && need.expected().filter(this::within).isPresent()) {
            expectedHiring.add(need);
        }
        return this;
    }

    private boolean within(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** The report of every need counted so far. */
    public NeedsReport result() {
        List<Need> byDate = new ArrayList<>(expectedHiring);
        byDate.sort(Comparator.comparing(Need::expectedOn).thenComparing(n -> n.id().toString()));
        return new NeedsReport(from, to, byCategory, byMember, byStatus, byDate);
    }
}

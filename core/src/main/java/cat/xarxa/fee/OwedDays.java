package cat.xarxa.fee;

import cat.xarxa.member.MemberStatus;
import cat.xarxa.member.StatusChange;
import com.google.common.collect.ImmutableRangeSet;
import com.google.common.collect.Range;
import com.google.common.collect.RangeSet;
import java.time.LocalDate;
import java.util.List;

/** The days of a year on which a member owes the fee, from its status history. */
public final class OwedDays {

    private OwedDays() {
    }

    /**
     * The stretches of the year on which the member was a member (or, if pending members owe, an
     * applicant waiting for the assembly), as half-open date ranges.
     *
     * @param history           the member's status history, oldest first
     * @param pendingMembersOwe whether applicants owe
     * @param year              the fiscal year
     */
    public static RangeSet<LocalDate> in(List<StatusChange> history, boolean pendingMembersOwe, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate next = first.plusYears(1);
        // The history is in date order, so the owed stretches come in order: they are joined as
        // they come, without a general range set (a run does this for thousands of members).
        ImmutableRangeSet.Builder<LocalDate> owed = ImmutableRangeSet.builder();
        LocalDate openFrom = null;
        for (int i = 0; i < history.size(); i++) {
            StatusChange change = history.get(i);
            LocalDate until = i + 1 < history.size() ? history.get(i + 1).since() : next;
            if (owes(change.status(), pendingMembersOwe)) {
                if (openFrom == null) {
                    openFrom = change.since();
                }
                if (i + 1 < history.size() && owes(history.get(i + 1).status(), pendingMembersOwe)) {
                    continue;
                }
                LocalDate from = openFrom.isBefore(first) ? first : openFrom;
                LocalDate to = until.isAfter(next) ? next : until;
                if (from.isBefore(to)) {
                    owed.add(Range.closedOpen(from, to));
                }
                openFrom = null;
            }
        }
        return owed.build();
    }

    private static boolean owes(MemberStatus status, boolean pendingMembersOwe) {
        return status == MemberStatus.MEMBER
                || (pendingMembersOwe && (status == MemberStatus.APPLIED || status == MemberStatus.PENDING));
    }
}

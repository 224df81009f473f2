package cat.xarxa.fee;

import cat.xarxa.member.MemberStatus;
import cat.xarxa.member.StatusChange;
import com.google.common.collect.ImmutableRangeSet;
import com.google.common.collect.Range;
import com.google.common.collect.RangeSet;
import com.google.common.collect.TreeRangeSet;
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
        RangeSet<LocalDate> owed = TreeRangeSet.create();
        for (int i = 0; i < history.size(); i++) {
            StatusChange change = history.get(i);
            if (owes(change.status(), pendingMembersOwe)) {
                owed.add(i + 1 < history.size()
                        ? Range.closedOpen(change.since(), history.get(i + 1).since())
                        : Range.atLeast(change.since()));
            }
        }
        Range<LocalDate> wholeYear = Range.closedOpen(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
        return ImmutableRangeSet.copyOf(owed.subRangeSet(wholeYear));
    }

    private static boolean owes(MemberStatus status, boolean pendingMembersOwe) {
        return status == MemberStatus.MEMBER
                || (pendingMembersOwe && (status == MemberStatus.APPLIED || status == MemberStatus.PENDING));
    }
}

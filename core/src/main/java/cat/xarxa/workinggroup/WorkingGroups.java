package cat.xarxa.workinggroup;

import cat.xarxa.common.Decision;
import cat.xarxa.member.MemberId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Working groups: their lifecycle, participants, meetings, products with partner organisations,
 * and their yearly budgets kept as a ledger.
 */
public interface WorkingGroups {

    /** Proposes a group. {@code need.not-found}, {@code member.not-found}, {@code person.not-found} */
    Decision<WorkingGroup> propose(ProposeWorkingGroup command);

    /** Activates or closes a group; closing is refused with open commitments ({@code group.open-commitments}). */
    Decision<WorkingGroup> changeStatus(ChangeGroupStatus command);

    /** A council or person joins. */
    Decision<WorkingGroup> join(JoinGroup command);

    /** A council or person leaves. */
    Decision<WorkingGroup> leave(LeaveGroup command);

    /** Records a meeting. */
    Decision<WorkingGroup> meet(RecordGroupMeeting command);

    /** Adds or moves on a product; its partners must be registered ({@code partner.not-found}). */
    Decision<WorkingGroup> product(RecordGroupProduct command);

    /** Adds a budget entry; overspending is refused ({@code group.budget-exceeded}). */
    Decision<GroupBudget> enter(EnterBudget command);

    /** A group. */
    Optional<WorkingGroup> group(WorkingGroupId id);

    /** Every group, in id order. */
    List<WorkingGroup> groups();

    /** A group's budget of a year, if any. */
    Optional<GroupBudget> budget(WorkingGroupId group, int year);

    /** The ledger of a group's budget of a year. */
    List<BudgetEntry> ledger(WorkingGroupId group, int year);

    /** How many groups by status and theme. */
    Map<GroupStatus, Map<String, Long>> byStatusAndTheme();

    /** How many groups each council takes part in at a date. */
    Map<MemberId, Long> participationOn(java.time.LocalDate date);

    /** The products published in a year, with their partners. */
    List<GroupProduct> publishedIn(int year);

    /** Every group's budget of a year: executed against allocated. */
    List<GroupBudgetReport> budgetsOf(int year);
}

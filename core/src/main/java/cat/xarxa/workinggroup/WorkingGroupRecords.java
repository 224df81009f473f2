package cat.xarxa.workinggroup;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Working groups, their yearly budgets and the budgets' ledger as a store holds them (port). */
public interface WorkingGroupRecords {

    /** The group with this id, if stored. */
    Optional<WorkingGroup> group(WorkingGroupId id);

    /**
     * Stores a group (participants, meetings, products): inserts if its version is 0, otherwise
     * replaces it only if the stored version is still the group's.
     *
     * @return the version now stored
     * @throws cat.xarxa.common.ConcurrentUpdateException if another unit of work changed it first
     */
    long save(WorkingGroup group);

    /** Every group in id order; close the stream. */
    Stream<WorkingGroup> groups();

    /** A group's budget of a year, if it has one. */
    Optional<GroupBudget> budget(WorkingGroupId group, int year);

    /**
     * Stores a budget's totals: inserts if its version is 0, otherwise updates only if the stored
     * version is still the budget's, so two expenses racing cannot both spend the same remainder.
     *
     * @return the version now stored
     * @throws cat.xarxa.common.ConcurrentUpdateException if another unit of work changed it first
     */
    long save(GroupBudget budget);

    /** Every budget by group id then year; close the stream. */
    Stream<GroupBudget> budgets();

    /**
     * Adds an entry to a budget's ledger.
     *
     * @throws cat.xarxa.common.ConcurrentUpdateException if one with the same id is there
     */
    void add(BudgetEntry entry);

    /** The ledger of a group's budget of a year, by date then id. */
    List<BudgetEntry> ledger(WorkingGroupId group, int year);

    /** Every budget entry in id order; close the stream. */
    Stream<BudgetEntry> entries();
}

package cat.xarxa.jdbc;

import cat.xarxa.workinggroup.BudgetEntry;
import cat.xarxa.workinggroup.GroupBudget;
import cat.xarxa.workinggroup.WorkingGroup;
import cat.xarxa.workinggroup.WorkingGroupId;
import cat.xarxa.workinggroup.WorkingGroupRecords;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Working groups, their yearly budgets and the budgets' ledger within one unit of work: the port
 * {@link WorkingGroupRecords} over {@link JdbcWorkingGroups}, {@link JdbcGroupBudgets} and
 * {@link JdbcBudgetLedger}, which keep one table family each. All three write at once, so nothing
 * waits for the commit.
 */
final class JdbcWorkingGroupRecords implements WorkingGroupRecords {

    private final JdbcWorkingGroups groups;
    private final JdbcGroupBudgets budgets;
    private final JdbcBudgetLedger ledger;

    JdbcWorkingGroupRecords(JdbcWorkingGroups groups, JdbcGroupBudgets budgets, JdbcBudgetLedger ledger) {
        this.groups = groups;
        this.budgets = budgets;
        this.ledger = ledger;
    }

    @Override
    public Optional<WorkingGroup> group(WorkingGroupId id) {
        return groups.find(id);
    }

    @Override
    public long save(WorkingGroup group) {
        return groups.save(group);
    }

    @Override
    public Stream<WorkingGroup> groups() {
        return groups.all();
    }

    @Override
    public Optional<GroupBudget> budget(WorkingGroupId group, int year) {
        return budgets.find(group, year);
    }

    @Override
    public long save(GroupBudget budget) {
        return budgets.save(budget);
    }

    @Override
    public Stream<GroupBudget> budgets() {
        return budgets.all();
    }

    @Override
    public void add(BudgetEntry entry) {
        ledger.add(entry);
    }

    @Override
    public List<BudgetEntry> ledger(WorkingGroupId group, int year) {
        return ledger.of(group, year);
    }

    @Override
    public Stream<BudgetEntry> entries() {
        return ledger.all();
    }
}

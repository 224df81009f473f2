package cat.xarxa.jdbc;

import cat.xarxa.common.ConcurrentUpdateException;
import cat.xarxa.workinggroup.BudgetEntry;
import cat.xarxa.workinggroup.GroupBudget;
import cat.xarxa.workinggroup.WorkingGroupId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The budgets of the working groups in table {@code xarxa_group_budget}, one row per group and
 * year, within one unit of work: the budget part of {@link JdbcWorkingGroupRecords}. Amounts are
 * {@code DECIMAL(14,2)}, exact.
 *
 * <p>A budget is written at once, not behind: every entry saves the budget it changes, and the
 * optimistic update, which ends in {@code WHERE group_id = ? AND budget_year = ? AND version = ?},
 * locks the row until the commit. Two units of work entering on the same budget therefore meet
 * there, as on an hour bank ({@link JdbcHourBanks}): the second waits for the first and then finds
 * the version moved, which is a {@link ConcurrentUpdateException}, so neither spends a remainder
 * the other has spent. A budget names its group with a foreign key; groups are written at once, so
 * nothing waits for the commit.
 */
final class JdbcGroupBudgets {

    /** Rows per round trip while streaming every budget. */
    static final int FETCH_SIZE = 500;

    private static final String BUDGETS = "SELECT group_id, budget_year, allocated, increased, committed, spent,"
            + " version FROM xarxa_group_budget";
    private static final String FIND = BUDGETS + " WHERE group_id = ? AND budget_year = ?";
    private static final String ALL = BUDGETS + " ORDER BY group_id, budget_year";
    private static final String INSERT = "INSERT INTO xarxa_group_budget (group_id, budget_year, allocated, increased,"
            + " committed, spent, version) VALUES (?, ?, ?, ?, ?, ?, 1)";
    private static final String UPDATE = "UPDATE xarxa_group_budget SET allocated = ?, increased = ?, committed = ?,"
            + " spent = ?, version = version + 1 WHERE group_id = ? AND budget_year = ? AND version = ?";

    private static final int GROUP = 1;
    private static final int YEAR = 2;
    private static final int ALLOCATED = 3;
    private static final int INCREASED = 4;
    private static final int COMMITTED = 5;
    private static final int SPENT = 6;
    private static final int VERSION = 7;

    private static final BatchInsert<GroupBudget> NEW_BUDGET = new BatchInsert<>(BudgetEntry.AGGREGATE_TYPE,
            "new group budgets", JdbcGroupBudgets::keyOf, INSERT, (insert, budget) -> {
                insert.setString(1, budget.group().toString());
                insert.setInt(2, budget.year());
                bindTotals(insert, 3, budget);
            });

    private final Statements statements;
    private final Database database;

    JdbcGroupBudgets(Statements statements, Database database) {
        this.statements = statements;
        this.database = database;
    }

    /** The budget's id in the journal and in messages: the group and the year. */
    private static String keyOf(GroupBudget budget) {
        return budget.group() + "/" + budget.year();
    }

    /** Binds a budget's four totals from {@code first} on. */
    private static void bindTotals(PreparedStatement statement, int first, GroupBudget budget) throws SQLException {
        Amounts.set(statement, first, budget.allocated());
        Amounts.set(statement, first + 1, budget.increased());
        Amounts.set(statement, first + 2, budget.committed());
        Amounts.set(statement, first + 3, budget.spent());
    }

    /** A group's budget of a year, if it has one. */
    Optional<GroupBudget> find(WorkingGroupId group, int year) {
        try {
            PreparedStatement query = statements.prepare(FIND);
            query.setString(1, group.toString());
            query.setInt(2, year);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(budgetIn(rows, database)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw database.failure("reading the budget of working group " + group + " for " + year, e);
        }
    }

    /**
     * Inserts a new budget (version 0), or updates a stored one if it is still at the budget's
     * version.
     *
     * @return the version now stored
     * @throws ConcurrentUpdateException if the group has a budget for the year already, or another
     *                                   unit of work saved this one first
     */
    long save(GroupBudget budget) {
        long expected = budget.version();
        if (expected == 0) {
            NEW_BUDGET.insert(statements, database, List.of(budget));
            return 1;
        }
        String key = keyOf(budget);
        try {
            PreparedStatement update = statements.prepare(UPDATE);
            bindTotals(update, 1, budget);
            update.setString(5, budget.group().toString());
            update.setInt(6, budget.year());
            update.setLong(7, expected);
            if (update.executeUpdate() == 0) {
                throw new ConcurrentUpdateException(BudgetEntry.AGGREGATE_TYPE, key, expected);
            }
            return expected + 1;
        } catch (SQLException e) {
            throw SqlStates.savingFailure(database, BudgetEntry.AGGREGATE_TYPE, key, "the group budget " + key, e);
        }
    }

    /** Every budget, by group id then year, read as consumed. */
    Stream<GroupBudget> all() {
        return RowStream.streaming(statements, database, ALL, FETCH_SIZE, "every group budget",
                rows -> () -> rows.next() ? Optional.of(budgetIn(rows, database)) : Optional.empty());
    }

    /** The budget on the current row. */
    private static GroupBudget budgetIn(ResultSet rows, Database database) throws SQLException {
        String group = rows.getString(GROUP);
        int year = rows.getInt(YEAR);
        try {
            return new GroupBudget(WorkingGroupId.parse(group), year, Amounts.in(rows, ALLOCATED),
                    Amounts.in(rows, INCREASED), Amounts.in(rows, COMMITTED), Amounts.in(rows, SPENT),
                    rows.getLong(VERSION));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw database.failure("reading the budget of working group " + group + " for " + year
                    + ", which is stored in a state no budget can have", e);
        }
    }
}

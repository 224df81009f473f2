package cat.xarxa.jdbc;

import cat.xarxa.common.ConcurrentUpdateException;
import cat.xarxa.workinggroup.BudgetEntry;
import cat.xarxa.workinggroup.BudgetEntryId;
import cat.xarxa.workinggroup.BudgetEntryKind;
import cat.xarxa.workinggroup.WorkingGroupId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The ledger of the working groups' budgets in table {@code xarxa_group_budget_entry}, one row per
 * entry, within one unit of work: the ledger part of {@link JdbcWorkingGroupRecords}. Entries are
 * only added, never changed; one whose id is stored already breaks the primary key, which is a
 * {@link ConcurrentUpdateException}. Entries name their group and commitment as they were, without
 * a foreign key, as the hour ledger ({@link JdbcHourLedger}).
 *
 * <p>Entries are written at once, not behind: a command adds one, right after saving the budget it
 * changes, so there is no batch to gather.
 */
final class JdbcBudgetLedger {

    /** Rows per round trip while streaming every entry. */
    static final int FETCH_SIZE = 500;

    private static final String ENTRIES = "SELECT id, group_id, budget_year, kind, amount, entered_on, reference,"
            + " commitment_id FROM xarxa_group_budget_entry";
    private static final String OF_BUDGET = ENTRIES + " WHERE group_id = ? AND budget_year = ? ORDER BY entered_on, id";
    private static final String ALL = ENTRIES + " ORDER BY id";
    private static final String INSERT = "INSERT INTO xarxa_group_budget_entry (id, group_id, budget_year, kind, amount,"
            + " entered_on, reference, commitment_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private static final int ID = 1;
    private static final int GROUP = 2;
    private static final int YEAR = 3;
    private static final int KIND = 4;
    private static final int AMOUNT = 5;
    private static final int ENTERED_ON = 6;
    private static final int REFERENCE = 7;
    private static final int COMMITMENT = 8;

    private static final BatchInsert<BudgetEntry> NEW_ENTRY = new BatchInsert<>(BudgetEntry.AGGREGATE_TYPE,
            "new budget entries", entry -> entry.id().toString(), INSERT, (insert, entry) -> {
                insert.setString(1, entry.id().toString());
                insert.setString(2, entry.group().toString());
                insert.setInt(3, entry.year());
                insert.setString(4, entry.kind().name());
                Amounts.set(insert, 5, entry.amount());
                insert.setObject(6, entry.on());
                insert.setString(7, entry.reference());
                Parameters.setId(insert, 8, entry.commitment());
            });

    private final Statements statements;
    private final Database database;

    JdbcBudgetLedger(Statements statements, Database database) {
        this.statements = statements;
        this.database = database;
    }

    /**
     * Adds an entry.
     *
     * @throws ConcurrentUpdateException if one with the same id is stored already
     */
    void add(BudgetEntry entry) {
        NEW_ENTRY.insert(statements, database, List.of(entry));
    }

    /** The ledger of a group's budget of a year, by date, then by id. */
    List<BudgetEntry> of(WorkingGroupId group, int year) {
        try {
            PreparedStatement query = statements.prepare(OF_BUDGET);
            query.setString(1, group.toString());
            query.setInt(2, year);
            List<BudgetEntry> found = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(entryIn(rows, database));
                }
            }
            return found;
        } catch (SQLException e) {
            throw database.failure("reading the budget ledger of working group " + group + " for " + year, e);
        }
    }

    /** Every entry in id order, read as consumed. */
    Stream<BudgetEntry> all() {
        return RowStream.streaming(statements, database, ALL, FETCH_SIZE, "every budget entry",
                rows -> () -> rows.next() ? Optional.of(entryIn(rows, database)) : Optional.empty());
    }

    /** The entry on the current row. */
    private static BudgetEntry entryIn(ResultSet rows, Database database) throws SQLException {
        String id = rows.getString(ID);
        String commitment = rows.getString(COMMITMENT);
        try {
            return new BudgetEntry(BudgetEntryId.parse(id), WorkingGroupId.parse(rows.getString(GROUP)),
                    rows.getInt(YEAR), BudgetEntryKind.valueOf(rows.getString(KIND)), Amounts.in(rows, AMOUNT),
                    rows.getObject(ENTERED_ON, LocalDate.class), rows.getString(REFERENCE),
                    commitment == null ? null : BudgetEntryId.parse(commitment));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw database.failure("reading budget entry " + id + ", which is stored in a state no entry can have", e);
        }
    }
}

package cat.xarxa.jdbc;

import cat.xarxa.advisory.HourBank;
import cat.xarxa.common.ConcurrentUpdateException;
import cat.xarxa.common.Hours;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The hour banks in table {@code xarxa_hour_bank}, one row per period, within one unit of work:
 * the bank part of {@link JdbcAdvisoryRecords}. Hours are kept as whole minutes.
 *
 * <p>A bank is written at once, not behind: every reservation saves the bank it draws on, and the
 * optimistic update, which ends in {@code WHERE period_code = ? AND version = ?}, locks the row
 * until the commit. Two units of work reserving on the same bank therefore meet there: the second
 * waits for the first and then finds the version moved, which is a
 * {@link ConcurrentUpdateException}, so neither reserves from a balance the other has spent.
 */
final class JdbcHourBanks {

    /** Rows per round trip while streaming every bank. */
    static final int FETCH_SIZE = 500;

    private static final String BANKS = "SELECT period_code, first_day, last_day, granted_minutes, reserved_minutes,"
            + " consumed_minutes, expired_minutes, version FROM xarxa_hour_bank";
    private static final String FIND = BANKS + " WHERE period_code = ?";
    private static final String ALL = BANKS + " ORDER BY period_code";
    private static final String INSERT = "INSERT INTO xarxa_hour_bank (period_code, first_day, last_day,"
            + " granted_minutes, reserved_minutes, consumed_minutes, expired_minutes, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, 1)";
    private static final String UPDATE = "UPDATE xarxa_hour_bank SET first_day = ?, last_day = ?, granted_minutes = ?,"
            + " reserved_minutes = ?, consumed_minutes = ?, expired_minutes = ?, version = version + 1"
            + " WHERE period_code = ? AND version = ?";

    private static final int PERIOD = 1;
    private static final int FIRST_DAY = 2;
    private static final int LAST_DAY = 3;
    private static final int GRANTED = 4;
    private static final int RESERVED = 5;
    private static final int CONSUMED = 6;
    private static final int EXPIRED = 7;
    private static final int VERSION = 8;

    private static final BatchInsert<HourBank> NEW_BANK = new BatchInsert<>(HourBank.AGGREGATE_TYPE, "new hour banks",
            HourBank::period, INSERT, (insert, bank) -> {
                insert.setString(1, bank.period());
                bindTotals(insert, 2, bank);
            });
    private static final OptimisticUpdate<HourBank> UPDATE_BANK = new OptimisticUpdate<>(UPDATE,
            HourBank.AGGREGATE_TYPE, 6, (update, bank) -> bindTotals(update, 1, bank));

    private final Statements statements;
    private final Database database;

    JdbcHourBanks(Statements statements, Database database) {
        this.statements = statements;
        this.database = database;
    }

    /** Binds a bank's days and totals to six parameters from {@code first} on. */
    private static void bindTotals(PreparedStatement statement, int first, HourBank bank) throws SQLException {
        statement.setObject(first, bank.from());
        statement.setObject(first + 1, bank.until());
        statement.setLong(first + 2, bank.granted().toMinutes());
        statement.setLong(first + 3, bank.reserved().toMinutes());
        statement.setLong(first + 4, bank.consumed().toMinutes());
        statement.setLong(first + 5, bank.expired().toMinutes());
    }

    /** The bank of a period, if opened. */
    Optional<HourBank> find(String period) {
        try {
            PreparedStatement query = statements.prepare(FIND);
            query.setString(1, period);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(bankIn(rows, database)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw database.failure("reading the hour bank of " + period, e);
        }
    }

    /**
     * Inserts a new bank (version 0), or updates a stored one if it is still at the bank's version.
     *
     * @return the version now stored
     * @throws ConcurrentUpdateException if the period has a bank already, or another unit of work
     *                                   saved this one first
     */
    long save(HourBank bank) {
        long expected = bank.version();
        if (expected == 0) {
            NEW_BANK.insert(statements, database, List.of(bank));
            return 1;
        }
        try {
            UPDATE_BANK.run(statements, bank, bank.period(), expected);
            return expected + 1;
        } catch (SQLException e) {
            throw SqlStates.savingFailure(database, HourBank.AGGREGATE_TYPE, bank.period(),
                    "the hour bank of " + bank.period(), e);
        }
    }

    /** Every bank, by period, read as consumed. */
    Stream<HourBank> all() {
        return RowStream.streaming(statements, database, ALL, FETCH_SIZE, "every hour bank",
                rows -> () -> rows.next() ? Optional.of(bankIn(rows, database)) : Optional.empty());
    }

    /** The bank on the current row. */
    private static HourBank bankIn(ResultSet rows, Database database) throws SQLException {
        String period = rows.getString(PERIOD);
        try {
            return new HourBank(period, rows.getObject(FIRST_DAY, LocalDate.class),
                    rows.getObject(LAST_DAY, LocalDate.class), Hours.ofMinutes(rows.getLong(GRANTED)),
                    Hours.ofMinutes(rows.getLong(RESERVED)), Hours.ofMinutes(rows.getLong(CONSUMED)),
                    Hours.ofMinutes(rows.getLong(EXPIRED)), rows.getLong(VERSION));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw database.failure("reading the hour bank of " + period
                    + ", which is stored in a state no bank can have", e);
        }
    }
}

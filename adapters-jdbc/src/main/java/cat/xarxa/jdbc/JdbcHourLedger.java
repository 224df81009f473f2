package cat.xarxa.jdbc;

import cat.xarxa.advisory.AdvisoryId;
import cat.xarxa.advisory.EntryCause;
import cat.xarxa.advisory.EntryId;
import cat.xarxa.advisory.EntryKind;
import cat.xarxa.advisory.LedgerEntry;
import cat.xarxa.advisory.SessionId;
import cat.xarxa.common.ConcurrentUpdateException;
import cat.xarxa.common.Hours;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The ledger of the hour banks in table {@code xarxa_hour_ledger}, one row per entry, within one
 * unit of work: the ledger part of {@link JdbcAdvisoryRecords}. Entries are only added, never
 * changed; one whose id is stored already breaks the primary key, which is a
 * {@link ConcurrentUpdateException}.
 *
 * <p>Entries are written at once, not behind: a command adds a few, right after saving the bank
 * they change, so there is no batch to gather.
 */
final class JdbcHourLedger {

    /** Rows per round trip while streaming every entry. */
    static final int FETCH_SIZE = 500;

    private static final String ENTRIES = "SELECT id, period_code, kind, cause, duration_minutes, entered_on, actor,"
            + " reference, advisory_id, session_id FROM xarxa_hour_ledger";
    private static final String OF_PERIOD = ENTRIES + " WHERE period_code = ? ORDER BY entered_on, id";
    private static final String ALL = ENTRIES + " ORDER BY id";
    private static final String INSERT = "INSERT INTO xarxa_hour_ledger (id, period_code, kind, cause, duration_minutes,"
            + " entered_on, actor, reference, advisory_id, session_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final int ID = 1;
    private static final int PERIOD = 2;
    private static final int KIND = 3;
    private static final int CAUSE = 4;
    private static final int MINUTES = 5;
    private static final int ENTERED_ON = 6;
    private static final int ACTOR = 7;
    private static final int REFERENCE = 8;
    private static final int ADVISORY = 9;
    private static final int SESSION = 10;

    private static final BatchInsert<LedgerEntry> NEW_ENTRY = new BatchInsert<>(LedgerEntry.AGGREGATE_TYPE,
            "new ledger entries", entry -> entry.id().toString(), INSERT, (insert, entry) -> {
                insert.setString(1, entry.id().toString());
                insert.setString(2, entry.period());
                insert.setString(3, entry.kind().name());
                insert.setString(4, entry.cause().name());
                insert.setLong(5, entry.hours().toMinutes());
                insert.setObject(6, entry.on());
                insert.setString(7, entry.actor());
                insert.setString(8, entry.reference());
                Parameters.setId(insert, 9, entry.advisory());
                Parameters.setId(insert, 10, entry.session());
            });

    private final Statements statements;
    private final Database database;

    JdbcHourLedger(Statements statements, Database database) {
        this.statements = statements;
        this.database = database;
    }

    /**
     * Adds an entry.
     *
     * @throws ConcurrentUpdateException if one with the same id is stored already
     */
    void add(LedgerEntry entry) {
        NEW_ENTRY.insert(statements, database, List.of(entry));
    }

    /** The ledger of a period, by date, then by id. */
    List<LedgerEntry> of(String period) {
        try {
            PreparedStatement query = statements.prepare(OF_PERIOD);
            query.setString(1, period);
            List<LedgerEntry> found = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(entryIn(rows, database));
                }
            }
            return found;
        } catch (SQLException e) {
            throw database.failure("reading the ledger of " + period, e);
        }
    }

    /** Every entry in id order, read as consumed. */
    Stream<LedgerEntry> all() {
        return RowStream.streaming(statements, database, ALL, FETCH_SIZE, "every ledger entry",
                rows -> () -> rows.next() ? Optional.of(entryIn(rows, database)) : Optional.empty());
    }

    /** The entry on the current row. */
    private static LedgerEntry entryIn(ResultSet rows, Database database) throws SQLException {
        String id = rows.getString(ID);
        String advisory = rows.getString(ADVISORY);
        String session = rows.getString(SESSION);
        try {
            return new LedgerEntry(EntryId.parse(id), rows.getString(PERIOD), EntryKind.valueOf(rows.getString(KIND)),
                    EntryCause.valueOf(rows.getString(CAUSE)), Hours.ofMinutes(rows.getLong(MINUTES)),
                    rows.getObject(ENTERED_ON, LocalDate.class), rows.getString(ACTOR), rows.getString(REFERENCE),
                    advisory == null ? null : AdvisoryId.parse(advisory), session == null ? null : SessionId.parse(session));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw database.failure("reading ledger entry " + id + ", which is stored in a state no entry can have", e);
        }
    }
}

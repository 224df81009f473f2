package cat.xarxa.jdbc;

import cat.xarxa.care.FollowUp;
import cat.xarxa.care.Need;
import cat.xarxa.care.NeedId;
import cat.xarxa.care.Needs;
import cat.xarxa.common.ConcurrentUpdateException;
import cat.xarxa.member.MemberId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The needs members raised, in tables {@code xarxa_need} and {@code xarxa_need_follow_up},
 * within one unit of work. A need and its follow-up log are read in one query, the union of the
 * need's row and its entries (see {@link NeedRows}); {@link #all()} streams the same union for
 * every need, and {@link #ofMember} reads it for the needs of one member.
 *
 * <p>New needs are written behind, as new members are ({@link JdbcMembers}): they wait in
 * {@link PendingRecords} and go to the database in two JDBC batches, needs then entries, when
 * {@link #flush()} runs, which happens before {@link #all()}, before an update, when the batch
 * is full, and before commit. A need names its member with a foreign key, so the members the unit
 * of work holds back are written first. Lookups by id and by member see the waiting needs. A
 * changed need is written at once: the need, then its follow-up log, replaced whole.
 */
final class JdbcNeeds implements Needs {

    /** Rows per round trip while streaming every need. */
    static final int FETCH_SIZE = 500;

    /**
     * Each need's own row, as the first part of the union {@link NeedRows} reads. The entry's date
     * is typed here, as the mandate's dates of {@link JdbcMembers} are, so that PostgreSQL does
     * not take the column for text.
     */
    private static final String NEEDS = "SELECT n.id, " + NeedRows.NEED_ROW + " AS row_type, NULL AS position,"
            + " n.member_id, n.category, n.description, n.raised_on, n.expected_on, n.version,"
            + " CAST(NULL AS DATE) AS followed_up_on, NULL AS status, NULL AS note FROM xarxa_need n";
    /** The entries of the follow-up logs, as the second part of the union; the need's own columns stay empty. */
    private static final String AND_FOLLOW_UPS = " UNION ALL SELECT f.need_id, " + NeedRows.FOLLOW_UP_ROW + ","
            + " f.position, NULL, NULL, NULL, NULL, NULL, NULL, f.followed_up_on, f.status, f.note"
            + " FROM xarxa_need_follow_up f";
    /**
     * The entries of one member's needs, with the date their need was raised on to sort by. The
     * key of the needs table is the id, so the join finds one need per entry and multiplies nothing.
     */
    private static final String AND_FOLLOW_UPS_OF_MEMBER = " UNION ALL SELECT f.need_id, " + NeedRows.FOLLOW_UP_ROW + ","
            + " f.position, NULL, NULL, NULL, owner.raised_on, NULL, NULL, f.followed_up_on, f.status, f.note"
            + " FROM xarxa_need_follow_up f JOIN xarxa_need owner ON owner.id = f.need_id WHERE owner.member_id = ?";
    /**
     * By id, in the collation both tables give their id column, then the need's row before its
     * entries (column 2, the row type), and the entries by position (column 3).
     */
    private static final String IN_NEED_ORDER = " ORDER BY 1, 2, 3";
    /** As {@link #IN_NEED_ORDER}, after the date each need was raised on (column 7). */
    private static final String IN_ORDER_RAISED = " ORDER BY 7, 1, 2, 3";
    private static final String FIND_BY_ID = NEEDS + " WHERE n.id = ?" + AND_FOLLOW_UPS + " WHERE f.need_id = ?"
            + IN_NEED_ORDER;
    private static final String OF_MEMBER = NEEDS + " WHERE n.member_id = ?" + AND_FOLLOW_UPS_OF_MEMBER + IN_ORDER_RAISED;
    private static final String ALL = NEEDS + AND_FOLLOW_UPS + IN_NEED_ORDER;
    private static final String INSERT = "INSERT INTO xarxa_need"
            + " (id, member_id, category, description, raised_on, expected_on, version) VALUES (?, ?, ?, ?, ?, ?, 1)";
    private static final String UPDATE = "UPDATE xarxa_need SET member_id = ?, category = ?, description = ?,"
            + " raised_on = ?, expected_on = ?, version = version + 1 WHERE id = ? AND version = ?";
    private static final String DELETE_FOLLOW_UPS = "DELETE FROM xarxa_need_follow_up WHERE need_id = ?";
    private static final String INSERT_FOLLOW_UP = "INSERT INTO xarxa_need_follow_up"
            + " (need_id, position, followed_up_on, status, note) VALUES (?, ?, ?, ?, ?)";

    /** The order of {@link Needs#ofMember}: raised on, then id, as the query sorts them. */
    private static final Comparator<Need> BY_DATE_RAISED =
            Comparator.comparing(Need::raisedOn).thenComparing(need -> need.id().toString());

    /**
     * A need's follow-up log, each entry at its position, written whole: a follow-up usually adds
     * one entry, but an import may restore a need with fewer, and a need has few.
     */
    private static final ChildRows<FollowUp> FOLLOW_UPS = ChildRows.replacedBy(DELETE_FOLLOW_UPS, INSERT_FOLLOW_UP,
            (insert, position, entry) -> {
                insert.setInt(2, position);
                insert.setObject(3, entry.on());
                insert.setString(4, entry.status().name());
                insert.setString(5, entry.note());
            });
    // A need just raised has no follow-up yet: raising needs then takes one batch only.
    private static final BatchInsert<Need> NEW_NEEDS = new BatchInsert<Need>(Need.AGGREGATE_TYPE, "new needs",
            need -> need.id().toString(), INSERT, (insert, need) -> {
                insert.setString(1, need.id().toString());
                insert.setString(2, need.member().toString());
                insert.setString(3, need.category());
                insert.setString(4, need.description());
                insert.setObject(5, need.raisedOn());
                Parameters.setDate(insert, 6, need.expectedOn());
            }).withChildren(FOLLOW_UPS, Need::followUps);
    private static final OptimisticUpdate<Need> UPDATE_NEED = new OptimisticUpdate<>(UPDATE, Need.AGGREGATE_TYPE, 5,
            (update, need) -> {
                update.setString(1, need.member().toString());
                update.setString(2, need.category());
                update.setString(3, need.description());
                update.setObject(4, need.raisedOn());
                Parameters.setDate(update, 5, need.expectedOn());
            });

    private final Statements statements;
    private final Database database;
    private final Runnable writeMembersFirst;
    private final PendingRecords<Need> pending =
            PendingRecords.byId(Need.AGGREGATE_TYPE, need -> need.id().toString());

    /**
     * @param writeMembersFirst writes the members the unit of work holds back, which the needs'
     *                          foreign key wants in the database first
     */
    JdbcNeeds(Statements statements, Database database, Runnable writeMembersFirst) {
        this.statements = statements;
        this.database = database;
        this.writeMembersFirst = writeMembersFirst;
    }

    @Override
    public Optional<Need> find(NeedId id) {
        Optional<Need> waiting = pending.find(id.toString());
        if (waiting.isPresent()) {
            return waiting;
        }
        try {
            PreparedStatement query = statements.prepare(FIND_BY_ID);
            query.setString(1, id.toString());
            query.setString(2, id.toString());
            try (ResultSet rows = query.executeQuery()) {
                return new NeedRows(rows, database).next();
            }
        } catch (SQLException e) {
            throw database.failure("reading need " + id, e);
        }
    }

    @Override
    public List<Need> ofMember(MemberId member) {
        List<Need> found;
        try {
            PreparedStatement query = statements.prepare(OF_MEMBER);
            query.setString(1, member.toString());
            query.setString(2, member.toString());
            try (ResultSet rows = query.executeQuery()) {
                found = RowStream.toList(new NeedRows(rows, database)::next);
            }
        } catch (SQLException e) {
            throw database.failure("reading the needs of member " + member, e);
        }
        return pending.addWaiting(found, need -> need.member().equals(member), BY_DATE_RAISED);
    }

    @Override
    public long save(Need need) {
        String id = need.id().toString();
        long expected = need.version();
        if (expected == 0) {
            return pending.holdBack(need.withVersion(1), this::flush);
        }
        flush();
        try {
            // The update locks the need's row, so nobody else writes its follow-up log meanwhile.
            UPDATE_NEED.run(statements, need, id, expected);
            FOLLOW_UPS.replace(statements, id, need.followUps());
            return expected + 1;
        } catch (SQLException e) {
            throw SqlStates.savingFailure(database, Need.AGGREGATE_TYPE, id, "need " + id, e);
        }
    }

    /**
     * Writes the waiting members, then the pending new needs in batches: the needs, then their
     * follow-up logs, if any has entries.
     *
     * @throws ConcurrentUpdateException if another unit of work stored a need with the same id
     */
    void flush() {
        writeMembersFirst.run();
        if (pending.isEmpty()) {
            return;
        }
        NEW_NEEDS.insert(statements, database, pending.drain());
    }

    @Override
    public Stream<Need> all() {
        flush();
        return RowStream.streaming(statements, database, ALL, FETCH_SIZE, "every need",
                rows -> new NeedRows(rows, database)::next);
    }
}

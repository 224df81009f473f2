package cat.xarxa.jdbc;

import cat.xarxa.common.ConcurrentUpdateException;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.Members;
import cat.xarxa.member.StatusChange;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The members in tables {@code xarxa_member} and {@code xarxa_member_status_change}, within one
 * unit of work. A member and its history are read in one query.
 *
 * <p>New members are written behind: they wait in {@link PendingInserts} and go to the database
 * in two JDBC batches when {@link #flush()} runs, which happens before anything reads the tables
 * as a whole, before an update, when the batch is full, and before commit. A unit of work that
 * registers a thousand members therefore costs a handful of round trips instead of two thousand.
 * Lookups by id or official code answer from the pending members first, so the unit of work
 * still sees its own writes; a conflict with another unit of work surfaces at the flush as the
 * same {@link ConcurrentUpdateException}. A changed member is written at once in three
 * statements.
 */
final class JdbcMembers implements Members {

    /** Rows per round trip while streaming every member. */
    static final int FETCH_SIZE = 500;

    private static final String SELECT_MEMBERS = "SELECT m.id, m.kind, m.official_code, m.name, m.version,"
            + " s.position, s.status, s.since, s.reference"
            + " FROM xarxa_member m LEFT JOIN xarxa_member_status_change s ON s.member_id = m.id";
    private static final String FIND_BY_ID = SELECT_MEMBERS + " WHERE m.id = ? ORDER BY s.position";
    private static final String FIND_BY_OFFICIAL_CODE = SELECT_MEMBERS
            + " WHERE m.kind = ? AND m.official_code = ? ORDER BY s.position";
    private static final String ALL = SELECT_MEMBERS + " ORDER BY m.id, s.position";
    private static final String COUNT = "SELECT COUNT(*) FROM xarxa_member";
    private static final String INSERT = "INSERT INTO xarxa_member (id, kind, official_code, name, version)"
            + " VALUES (?, ?, ?, ?, 1)";
    private static final String UPDATE = "UPDATE xarxa_member SET kind = ?, official_code = ?, name = ?,"
            + " version = version + 1 WHERE id = ? AND version = ?";
    private static final String DELETE_HISTORY = "DELETE FROM xarxa_member_status_change WHERE member_id = ?";
    private static final String INSERT_STEP = "INSERT INTO xarxa_member_status_change"
            + " (member_id, position, status, since, reference) VALUES (?, ?, ?, ?, ?)";

    private final Statements statements;
    private final Database database;
    private final PendingInserts pending = new PendingInserts();

    JdbcMembers(Statements statements, Database database) {
        this.statements = statements;
        this.database = database;
    }

    @Override
    public Optional<Member> find(MemberId id) {
        Optional<Member> waiting = pending.find(id.toString());
        if (waiting.isPresent()) {
            return waiting;
        }
        try {
            PreparedStatement query = statements.prepare(FIND_BY_ID);
            query.setString(1, id.toString());
            return readOne(query);
        } catch (SQLException e) {
            throw database.failure("reading member " + id, e);
        }
    }

    @Override
    public Optional<Member> findByOfficialCode(MemberKind kind, String officialCode) {
        Optional<Member> waiting = pending.findByOfficialCode(kind, officialCode);
        if (waiting.isPresent()) {
            return waiting;
        }
        try {
            PreparedStatement query = statements.prepare(FIND_BY_OFFICIAL_CODE);
            query.setString(1, kind.name());
            query.setString(2, officialCode);
            return readOne(query);
        } catch (SQLException e) {
            throw database.failure("reading the " + kind + " with official code " + officialCode, e);
        }
    }

    private Optional<Member> readOne(PreparedStatement query) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            return new MemberRows(rows, database).next();
        }
    }

    @Override
    public long save(Member member) {
        String id = member.id().toString();
        long expected = member.version();
        if (expected == 0) {
            pending.add(member);
            if (pending.isFull()) {
                flush();
            }
            return 1;
        }
        flush();
        try {
            update(member, expected);
            insertHistory(id, member.history());
            return expected + 1;
        } catch (SQLException e) {
            if (SqlStates.isConflict(e)) {
                throw new ConcurrentUpdateException(Member.AGGREGATE_TYPE, id, e);
            }
            throw database.failure("saving member " + id, e);
        }
    }

    /**
     * Writes the pending new members in two batches: the members, then their histories.
     *
     * @throws ConcurrentUpdateException if another unit of work stored the same id or official code
     */
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<Member> members = pending.drain();
        try {
            PreparedStatement insert = statements.prepare(INSERT);
            PreparedStatement insertStep = statements.prepare(INSERT_STEP);
            for (Member member : members) {
                insert.setString(1, member.id().toString());
                insert.setString(2, member.kind().name());
                insert.setString(3, member.officialCode());
                insert.setString(4, member.name());
                insert.addBatch();
                addHistory(insertStep, member.id().toString(), member.history());
            }
            insert.executeBatch();
            insertStep.executeBatch();
        } catch (SQLException e) {
            String ids = members.size() == 1 ? members.get(0).id().toString() : members.size() + " new members";
            if (SqlStates.isConflict(e)) {
                throw new ConcurrentUpdateException(Member.AGGREGATE_TYPE, ids, e);
            }
            throw database.failure("saving " + ids, e);
        }
    }

    /** Moves the stored member on one version, if it is still at the version the caller read. */
    private void update(Member member, long expected) throws SQLException {
        String id = member.id().toString();
        PreparedStatement update = statements.prepare(UPDATE);
        update.setString(1, member.kind().name());
        update.setString(2, member.officialCode());
        update.setString(3, member.name());
        update.setString(4, id);
        update.setLong(5, expected);
        if (update.executeUpdate() == 0) {
            throw new ConcurrentUpdateException(Member.AGGREGATE_TYPE, id, expected);
        }
        // The history is written whole: simpler than finding what changed, and a member has few steps.
        PreparedStatement delete = statements.prepare(DELETE_HISTORY);
        delete.setString(1, id);
        delete.executeUpdate();
    }

    private void insertHistory(String id, List<StatusChange> history) throws SQLException {
        PreparedStatement insert = statements.prepare(INSERT_STEP);
        addHistory(insert, id, history);
        insert.executeBatch();
    }

    private static void addHistory(PreparedStatement insert, String id, List<StatusChange> history) throws SQLException {
        for (int position = 0; position < history.size(); position++) {
            StatusChange step = history.get(position);
            insert.setString(1, id);
            insert.setInt(2, position);
            insert.setString(3, step.status().name());
            insert.setObject(4, step.since());
            insert.setString(5, step.reference());
            insert.addBatch();
        }
    }

    @Override
    public Stream<Member> all() {
        flush();
        try {
            PreparedStatement query = statements.prepareStreaming(ALL, FETCH_SIZE);
            try {
                return MemberStream.of(query, statements, database);
            } catch (SQLException | RuntimeException e) {
                statements.release(query);
                throw e;
            }
        } catch (SQLException e) {
            throw database.failure("reading every member", e);
        }
    }

    @Override
    public long count() {
        flush();
        try (ResultSet result = statements.prepare(COUNT).executeQuery()) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw database.failure("counting the members", e);
        }
    }
}

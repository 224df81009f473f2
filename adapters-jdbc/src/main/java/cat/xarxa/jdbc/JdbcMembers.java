package cat.xarxa.jdbc;

import cat.xarxa.common.ConcurrentUpdateException;
import cat.xarxa.member.Mandate;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.Members;
import cat.xarxa.member.Population;
import cat.xarxa.member.StatusChange;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The members in tables {@code xarxa_member}, {@code xarxa_member_status_change},
 * {@code xarxa_member_population} and {@code xarxa_member_mandate}, within one unit of work. A
 * member, its history, its population figures and its mandates are read in one query, the union
 * of the member joined to its steps, of its figures and of its mandates (see {@link MemberRows}):
 * a join of all four would give every step once per figure and per mandate. {@link #all()}
 * streams the same union for every member, one result set read as it comes; a second result set
 * open beside it would not do, since MariaDB's driver reads a streaming result whole into memory
 * as soon as the connection runs another query.
 *
 * <p>New members are written behind: they wait in {@link PendingRecords} and go to the database
 * in JDBC batches when {@link #flush()} runs, which happens before anything reads the tables
 * as a whole, before an update, when the batch is full, and before commit. A unit of work that
 * registers a thousand members therefore costs a handful of round trips instead of two thousand.
 * Lookups by id or official code answer from the pending members first, so the unit of work
 * still sees its own writes; a conflict with another unit of work surfaces at the flush as the
 * same {@link ConcurrentUpdateException}. A changed member is written at once: the member, then
 * its history, its figures and its mandates, each replaced whole.
 */
final class JdbcMembers implements Members {

    /** Rows per round trip while streaming every member. */
    static final int FETCH_SIZE = 500;

    /**
     * Each member with each of its steps, as the first part of the union {@link MemberRows} reads.
     * The mandate's dates are typed here: PostgreSQL types a column that is null in the first two
     * parts as text, which a date in the third then cannot join.
     */
    private static final String MEMBERS_WITH_STEPS = "SELECT m.id, m.kind, m.official_code, m.name, m.version,"
            + " " + MemberRows.STEP_ROW + " AS row_type, s.position AS position_or_year, s.status, s.since, s.reference,"
            + " NULL AS inhabitants, NULL AS source,"
            + " NULL AS person_id, NULL AS role, CAST(NULL AS DATE) AS starts_on, CAST(NULL AS DATE) AS ends_on"
            + " FROM xarxa_member m LEFT JOIN xarxa_member_status_change s ON s.member_id = m.id";
    /** The population figures, as the second part of the union; the member's own columns stay empty. */
    private static final String AND_FIGURES = " UNION ALL SELECT p.member_id, NULL, NULL, NULL, NULL,"
            + " " + MemberRows.POPULATION_ROW + ", p.reference_year, NULL, NULL, NULL, p.inhabitants, p.source,"
            + " NULL, NULL, NULL, NULL"
            + " FROM xarxa_member_population p";
    /** The mandates, as the third part of the union (t for term of office: m is the member). */
    private static final String AND_MANDATES = " UNION ALL SELECT t.member_id, NULL, NULL, NULL, NULL,"
            + " " + MemberRows.MANDATE_ROW + ", t.position, NULL, NULL, NULL, NULL, NULL,"
            + " t.person_id, t.role, t.starts_on, t.ends_on"
            + " FROM xarxa_member_mandate t";
    /**
     * By id, in the collation all three tables give their id column, then step rows, figure rows
     * and mandate rows (column 6, the row type), each by position or year (column 7).
     */
    private static final String IN_MEMBER_ORDER = " ORDER BY 1, 6, 7";
    private static final String FIND_BY_ID = MEMBERS_WITH_STEPS + " WHERE m.id = ?"
            + AND_FIGURES + " WHERE p.member_id = ?"
            + AND_MANDATES + " WHERE t.member_id = ?"
            + IN_MEMBER_ORDER;
    private static final String FIND_BY_OFFICIAL_CODE = MEMBERS_WITH_STEPS + " WHERE m.kind = ? AND m.official_code = ?"
            + AND_FIGURES + " JOIN xarxa_member holder ON holder.id = p.member_id"
            + " WHERE holder.kind = ? AND holder.official_code = ?"
            + AND_MANDATES + " JOIN xarxa_member holder ON holder.id = t.member_id"
            + " WHERE holder.kind = ? AND holder.official_code = ?"
            + IN_MEMBER_ORDER;
    private static final String ALL = MEMBERS_WITH_STEPS + AND_FIGURES + AND_MANDATES + IN_MEMBER_ORDER;
    private static final String COUNT = "SELECT COUNT(*) FROM xarxa_member";
    private static final String INSERT = "INSERT INTO xarxa_member (id, kind, official_code, name, version)"
            + " VALUES (?, ?, ?, ?, 1)";
    private static final String UPDATE = "UPDATE xarxa_member SET kind = ?, official_code = ?, name = ?,"
            + " version = version + 1 WHERE id = ? AND version = ?";
    private static final String DELETE_HISTORY = "DELETE FROM xarxa_member_status_change WHERE member_id = ?";
    private static final String INSERT_STEP = "INSERT INTO xarxa_member_status_change"
            + " (member_id, position, status, since, reference) VALUES (?, ?, ?, ?, ?)";
    private static final String DELETE_FIGURES = "DELETE FROM xarxa_member_population WHERE member_id = ?";
    private static final String INSERT_FIGURE = "INSERT INTO xarxa_member_population"
            + " (member_id, reference_year, inhabitants, source) VALUES (?, ?, ?, ?)";
    private static final String DELETE_MANDATES = "DELETE FROM xarxa_member_mandate WHERE member_id = ?";
    private static final String INSERT_MANDATE = "INSERT INTO xarxa_member_mandate"
            + " (member_id, position, person_id, role, starts_on, ends_on) VALUES (?, ?, ?, ?, ?, ?)";

    /**
     * A member's history, each step at its position, written whole: simpler than finding what
     * changed, and a member has few steps.
     */
    private static final ChildRows<StatusChange> HISTORY = ChildRows.replacedBy(DELETE_HISTORY, INSERT_STEP,
            (insert, position, step) -> {
                insert.setInt(2, position);
                insert.setString(3, step.status().name());
                insert.setObject(4, step.since());
                insert.setString(5, step.reference());
            });
    /**
     * A member's population figures, written whole, as the history: a corrected year replaces its
     * row, and a member restored with fewer figures (from an import) keeps none of the ones it lost.
     */
    private static final ChildRows<Population> POPULATION = ChildRows.replacedBy(DELETE_FIGURES, INSERT_FIGURE,
            (insert, position, figure) -> {
                insert.setInt(2, figure.year());
                insert.setLong(3, figure.inhabitants());
                insert.setString(4, figure.source());
            });
    /**
     * A member's mandates, written whole, by position in the order they started: a handover both
     * ends one mandate and starts another, and an import may restore a member with fewer.
     */
    private static final ChildRows<Mandate> MANDATES = ChildRows.replacedBy(DELETE_MANDATES, INSERT_MANDATE,
            (insert, position, mandate) -> {
                insert.setInt(2, position);
                insert.setString(3, mandate.person().toString());
                insert.setString(4, mandate.role().name());
                insert.setObject(5, mandate.from());
                Parameters.setDate(insert, 6, mandate.to());
            });
    // A body that has just applied has no figures and no mandates yet: a registration then needs
    // no third or fourth batch.
    private static final BatchInsert<Member> NEW_MEMBERS = new BatchInsert<Member>(Member.AGGREGATE_TYPE,
            "new members", member -> member.id().toString(), INSERT, (insert, member) -> {
                insert.setString(1, member.id().toString());
                insert.setString(2, member.kind().name());
                insert.setString(3, member.officialCode());
                insert.setString(4, member.name());
            }).withChildren(HISTORY, Member::history)
            .withChildren(POPULATION, Member::population)
            .withChildren(MANDATES, Member::mandates);
    private static final OptimisticUpdate<Member> UPDATE_MEMBER =
            new OptimisticUpdate<>(UPDATE, Member.AGGREGATE_TYPE, 3, (update, member) -> {
                update.setString(1, member.kind().name());
                update.setString(2, member.officialCode());
                update.setString(3, member.name());
            });

    private final Statements statements;
    private final Database database;
    private final PendingRecords<Member> pending = PendingRecords.byIdAndKey(Member.AGGREGATE_TYPE,
            member -> member.id().toString(), member -> officialCodeKey(member.kind(), member.officialCode()));

    private static String officialCodeKey(MemberKind kind, String officialCode) {
        return kind.name() + '\u0000' + officialCode;
    }

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
            query.setString(2, id.toString());
            query.setString(3, id.toString());
            return readOne(query);
        } catch (SQLException e) {
            throw database.failure("reading member " + id, e);
        }
    }

    @Override
    public Optional<Member> findByOfficialCode(MemberKind kind, String officialCode) {
        Optional<Member> waiting = pending.findByKey(officialCodeKey(kind, officialCode));
        if (waiting.isPresent()) {
            return waiting;
        }
        try {
            PreparedStatement query = statements.prepare(FIND_BY_OFFICIAL_CODE);
            query.setString(1, kind.name());
            query.setString(2, officialCode);
            query.setString(3, kind.name());
            query.setString(4, officialCode);
            query.setString(5, kind.name());
            query.setString(6, officialCode);
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
            return pending.holdBack(member.withVersion(1), this::flush);
        }
        flush();
        try {
            // The update locks the member's row, so nobody else writes its child rows meanwhile.
            UPDATE_MEMBER.run(statements, member, id, expected);
            HISTORY.replace(statements, id, member.history());
            POPULATION.replace(statements, id, member.population());
            MANDATES.replace(statements, id, member.mandates());
            return expected + 1;
        } catch (SQLException e) {
            throw SqlStates.savingFailure(database, Member.AGGREGATE_TYPE, id, "member " + id, e);
        }
    }

    /**
     * Writes the pending new members in batches: the members, their histories, then their
     * population figures and their mandates, if any has some.
     *
     * @throws ConcurrentUpdateException if another unit of work stored the same id or official code
     */
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        NEW_MEMBERS.insert(statements, database, pending.drain());
    }

    @Override
    public Stream<Member> all() {
        flush();
        return RowStream.streaming(statements, database, ALL, FETCH_SIZE, "every member",
                rows -> new MemberRows(rows, database)::next);
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

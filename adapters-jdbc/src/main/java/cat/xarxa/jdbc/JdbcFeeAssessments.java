package cat.xarxa.jdbc;

import cat.xarxa.common.ConcurrentUpdateException;
import cat.xarxa.fee.AssessmentId;
import cat.xarxa.fee.FeeAssessment;
import cat.xarxa.fee.FeeCorrection;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.Population;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The fee assessments in tables {@code xarxa_fee_assessment} and {@code xarxa_fee_correction},
 * within one unit of work: the assessment part of {@link JdbcFeeRecords}. An assessment and its
 * corrections are read in one query, the union of the assessment's row and its corrections (see
 * {@link AssessmentRows}); {@link #all()} streams the same union for every assessment, and
 * {@link #ofMember} and {@link #inYear} read it for a member's or a year's. A member has at most
 * one assessment a year: the unique key settles two fee runs of the same year at once, and the
 * second gets a {@link ConcurrentUpdateException}.
 *
 * <p>New assessments are written behind, as new needs are ({@link JdbcNeeds}): an annual fee run
 * assesses every member in one unit of work, and the assessments go to the database in JDBC
 * batches of up to a thousand, then their corrections, if any has some (an imported one may),
 * when {@link #flush()} runs, which happens before {@link #inYear} and {@link #all()}, before an
 * update, when the batch is full, and before commit. An assessment names its member with a
 * foreign key, so the members the unit of work holds back are written first. Lookups by id and by
 * member see the waiting assessments. A corrected assessment is written at once: its version
 * moves on, and the corrections past those stored are appended; nothing else of it ever changes.
 */
final class JdbcFeeAssessments {

    /** Rows per round trip while streaming every assessment. */
    static final int FETCH_SIZE = 500;

    /**
     * Each assessment's own row, as the first part of the union {@link AssessmentRows} reads. The
     * correction's date and amount are typed here, as the follow-up's date of {@link JdbcNeeds}
     * is, so that PostgreSQL does not take the columns for text.
     */
    private static final String ASSESSMENTS = "SELECT a.id, " + AssessmentRows.ASSESSMENT_ROW + " AS row_type,"
            + " NULL AS position, a.member_id, a.fiscal_year, a.member_kind, a.population_year, a.inhabitants,"
            + " a.population_source, a.annual_fee, a.owed_units, a.units_in_year, a.amount, a.proration,"
            + " a.issued_on, a.due_on, a.grace_until, a.version, CAST(NULL AS DATE) AS corrected_on,"
            + " CAST(NULL AS DECIMAL(14,2)) AS correction_amount, NULL AS reason FROM xarxa_fee_assessment a";
    /** The corrections, as the second part of the union; the assessment's own columns stay empty. */
    private static final String AND_CORRECTIONS = " UNION ALL SELECT c.assessment_id, "
            + AssessmentRows.CORRECTION_ROW + ", c.position, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,"
            + " NULL, NULL, NULL, NULL, NULL, NULL, c.corrected_on, c.amount, c.reason FROM xarxa_fee_correction c";
    /**
     * The corrections of some assessments, with the year of their assessment to sort by. The key
     * of the assessments table is the id, so the join finds one assessment per correction and
     * multiplies nothing.
     */
    private static final String AND_CORRECTIONS_OF_OWNERS = " UNION ALL SELECT c.assessment_id, "
            + AssessmentRows.CORRECTION_ROW + ", c.position, NULL, owner.fiscal_year, NULL, NULL, NULL, NULL, NULL,"
            + " NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, c.corrected_on, c.amount, c.reason"
            + " FROM xarxa_fee_correction c JOIN xarxa_fee_assessment owner ON owner.id = c.assessment_id";
    /**
     * By id, in the collation both tables give their id column, then the assessment's row before
     * its corrections (column 2, the row type), and the corrections by position (column 3).
     */
    private static final String IN_ASSESSMENT_ORDER = " ORDER BY 1, 2, 3";
    /** As {@link #IN_ASSESSMENT_ORDER}, after the fiscal year (column 5). */
    private static final String IN_ORDER_OF_YEAR = " ORDER BY 5, 1, 2, 3";
    private static final String FIND_BY_ID = ASSESSMENTS + " WHERE a.id = ?"
            + AND_CORRECTIONS + " WHERE c.assessment_id = ?" + IN_ASSESSMENT_ORDER;
    private static final String OF_MEMBER = ASSESSMENTS + " WHERE a.member_id = ?"
            + AND_CORRECTIONS_OF_OWNERS + " WHERE owner.member_id = ?" + IN_ORDER_OF_YEAR;
    private static final String IN_YEAR = ASSESSMENTS + " WHERE a.fiscal_year = ?"
            + AND_CORRECTIONS_OF_OWNERS + " WHERE owner.fiscal_year = ?" + IN_ASSESSMENT_ORDER;
    private static final String ALL = ASSESSMENTS + AND_CORRECTIONS + IN_ASSESSMENT_ORDER;
    private static final String INSERT = "INSERT INTO xarxa_fee_assessment (id, member_id, fiscal_year, member_kind,"
            + " population_year, inhabitants, population_source, annual_fee, owed_units, units_in_year, amount,"
            + " proration, issued_on, due_on, grace_until, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)";
    private static final String UPDATE = "UPDATE xarxa_fee_assessment SET version = version + 1"
            + " WHERE id = ? AND version = ?";
    private static final String COUNT_CORRECTIONS = "SELECT COUNT(*) FROM xarxa_fee_correction WHERE assessment_id = ?";
    private static final String INSERT_CORRECTION = "INSERT INTO xarxa_fee_correction"
            + " (assessment_id, position, corrected_on, amount, reason) VALUES (?, ?, ?, ?, ?)";

    /** The order of a member's assessments: by year, as the query sorts them. */
    private static final Comparator<FeeAssessment> BY_YEAR = Comparator.comparingInt(FeeAssessment::year);

    /**
     * An assessment's corrections, each at its position, oldest first: like credit notes, they are
     * added and never rewritten.
     */
    private static final ChildRows<FeeCorrection> CORRECTIONS = ChildRows.appendedBy(INSERT_CORRECTION,
            (insert, position, correction) -> {
                insert.setInt(2, position);
                insert.setObject(3, correction.on());
                Amounts.set(insert, 4, correction.amount());
                insert.setString(5, correction.reason());
            });
    // An assessment just made has no correction yet: a fee run then takes one batch per thousand.
    private static final BatchInsert<FeeAssessment> NEW_ASSESSMENTS = new BatchInsert<FeeAssessment>(
            FeeAssessment.AGGREGATE_TYPE, "new fee assessments", assessment -> assessment.id().toString(), INSERT,
            JdbcFeeAssessments::bindAssessment).withChildren(CORRECTIONS, FeeAssessment::corrections);
    /** Only the version moves: what was assessed never changes, and the corrections are rows of their own. */
    private static final OptimisticUpdate<FeeAssessment> MOVE_VERSION_ON =
            new OptimisticUpdate<>(UPDATE, FeeAssessment.AGGREGATE_TYPE, 0, (update, assessment) -> { });

    private final Statements statements;
    private final Database database;
    private final Runnable writeMembersFirst;
    private final PendingRecords<FeeAssessment> pending = PendingRecords.byIdAndKey(FeeAssessment.AGGREGATE_TYPE,
            assessment -> assessment.id().toString(), assessment -> assessment.member() + " " + assessment.year());

    /**
     * @param writeMembersFirst writes the members the unit of work holds back, which the
     *                          assessments' foreign key wants in the database first
     */
    JdbcFeeAssessments(Statements statements, Database database, Runnable writeMembersFirst) {
        this.statements = statements;
        this.database = database;
        this.writeMembersFirst = writeMembersFirst;
    }

    /** Binds an assessment to the parameters of {@link #INSERT}. */
    private static void bindAssessment(PreparedStatement insert, FeeAssessment assessment) throws SQLException {
        insert.setString(1, assessment.id().toString());
        insert.setString(2, assessment.member().toString());
        insert.setInt(3, assessment.year());
        insert.setString(4, assessment.kind().name());
        Population population = assessment.population();
        if (population == null) {
            insert.setNull(5, Types.INTEGER);
            insert.setNull(6, Types.BIGINT);
            insert.setNull(7, Types.VARCHAR);
        } else {
            insert.setInt(5, population.year());
            insert.setLong(6, population.inhabitants());
            insert.setString(7, population.source());
        }
        Amounts.set(insert, 8, assessment.prorated().annualFee());
        insert.setInt(9, assessment.prorated().owedUnits());
        insert.setInt(10, assessment.prorated().unitsInYear());
        Amounts.set(insert, 11, assessment.prorated().amount());
        insert.setString(12, assessment.proration().name());
        insert.setObject(13, assessment.issuedOn());
        insert.setObject(14, assessment.dueOn());
        insert.setObject(15, assessment.graceUntil());
    }

    /** The assessment with this id, waiting or stored. */
    Optional<FeeAssessment> find(AssessmentId id) {
        Optional<FeeAssessment> waiting = pending.find(id.toString());
        if (waiting.isPresent()) {
            return waiting;
        }
        try {
            PreparedStatement query = statements.prepare(FIND_BY_ID);
            query.setString(1, id.toString());
            query.setString(2, id.toString());
            try (ResultSet rows = query.executeQuery()) {
                return new AssessmentRows(rows, database).next();
            }
        } catch (SQLException e) {
            throw database.failure("reading fee assessment " + id, e);
        }
    }

    /** The assessments of a member, stored or waiting, by year. */
    List<FeeAssessment> ofMember(MemberId member) {
        List<FeeAssessment> found;
        try {
            PreparedStatement query = statements.prepare(OF_MEMBER);
            query.setString(1, member.toString());
            query.setString(2, member.toString());
            try (ResultSet rows = query.executeQuery()) {
                found = RowStream.toList(new AssessmentRows(rows, database)::next);
            }
        } catch (SQLException e) {
            throw database.failure("reading the fee assessments of member " + member, e);
        }
        return pending.addWaiting(found, assessment -> assessment.member().equals(member), BY_YEAR);
    }

    /** The assessments of a fiscal year, by id, after writing the waiting ones. */
    List<FeeAssessment> inYear(int year) {
        flush();
        try {
            PreparedStatement query = statements.prepare(IN_YEAR);
            query.setInt(1, year);
            query.setInt(2, year);
            try (ResultSet rows = query.executeQuery()) {
                return RowStream.toList(new AssessmentRows(rows, database)::next);
            }
        } catch (SQLException e) {
            throw database.failure("reading the fee assessments of " + year, e);
        }
    }

    /**
     * Inserts a new assessment (version 0), held back; or moves a stored one on a version and
     * appends the corrections it gained.
     *
     * @return the version now stored
     * @throws ConcurrentUpdateException if the member has one for the year already, or another
     *                                   unit of work saved this one first
     * @throws IllegalArgumentException  if the assessment has fewer corrections than are stored
     */
    long save(FeeAssessment assessment) {
        String id = assessment.id().toString();
        long expected = assessment.version();
        if (expected == 0) {
            return pending.holdBack(assessment.withVersion(1), this::flush);
        }
        flush();
        try {
            // The update locks the assessment's row, so nobody else adds corrections meanwhile.
            MOVE_VERSION_ON.run(statements, assessment, id, expected);
            int stored = storedCorrections(id);
            if (stored > assessment.corrections().size()) {
                throw new IllegalArgumentException("fee assessment " + id + " only gains corrections: it has "
                        + stored + " stored, and " + assessment.corrections().size() + " were given");
            }
            CORRECTIONS.appendFrom(statements, id, assessment.corrections(), stored);
            return expected + 1;
        } catch (SQLException e) {
            throw SqlStates.savingFailure(database, FeeAssessment.AGGREGATE_TYPE, id, "fee assessment " + id, e);
        }
    }

    private int storedCorrections(String id) throws SQLException {
        PreparedStatement count = statements.prepare(COUNT_CORRECTIONS);
        count.setString(1, id);
        try (ResultSet result = count.executeQuery()) {
            result.next();
            return result.getInt(1);
        }
    }

    /**
     * Writes the waiting members, then the pending new assessments in batches: the assessments,
     * then their corrections, if any has some.
     *
     * @throws ConcurrentUpdateException if another unit of work stored an assessment with the same
     *                                   id, or one for the same member and year
     */
    void flush() {
        writeMembersFirst.run();
        if (pending.isEmpty()) {
            return;
        }
        NEW_ASSESSMENTS.insert(statements, database, pending.drain());
    }

    /** Every assessment in id order, read as consumed. */
    Stream<FeeAssessment> all() {
        flush();
        return RowStream.streaming(statements, database, ALL, FETCH_SIZE, "every fee assessment",
                rows -> new AssessmentRows(rows, database)::next);
    }
}

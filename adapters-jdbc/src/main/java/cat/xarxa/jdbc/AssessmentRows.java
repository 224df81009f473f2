package cat.xarxa.jdbc;

import cat.xarxa.fee.AssessmentId;
import cat.xarxa.fee.FeeAssessment;
import cat.xarxa.fee.FeeCorrection;
import cat.xarxa.fee.ProratedFee;
import cat.xarxa.fee.Proration;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.Population;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads fee assessments from the rows of the assessment queries of {@link JdbcFeeAssessments}:
 * one row with the assessment, followed by one row per correction, in the same result. Rows come
 * grouped by assessment, the assessment's row before its corrections and the corrections by
 * position, so the consecutive rows of the same id make one assessment, starting with its own row.
 *
 * <p>The corrections are a union with the assessments, not a join: an assessment's eighteen
 * columns travel once, not once per correction. The twenty-one columns are, in order: id; the
 * row type, {@link #ASSESSMENT_ROW} or {@link #CORRECTION_ROW}; the correction's position (null on
 * the assessment's row); member, fiscal year, member kind, population year, inhabitants and
 * source (all three null when the rule used no figure), annual fee, owed units, units in the
 * year, amount, proration, issued on, due on, grace until and version (null on correction rows,
 * except the fiscal year where a query orders by it); the correction's date, amount and reason
 * (null on the assessment's row).
 */
final class AssessmentRows {

    /** The row type of the row with the assessment itself. */
    static final int ASSESSMENT_ROW = 0;
    /** The row type of a row with one correction. */
    static final int CORRECTION_ROW = 1;

    private static final int ID = 1;
    private static final int ROW_TYPE = 2;
    private static final int MEMBER = 4;
    private static final int YEAR = 5;
    private static final int MEMBER_KIND = 6;
    private static final int POPULATION_YEAR = 7;
    private static final int INHABITANTS = 8;
    private static final int POPULATION_SOURCE = 9;
    private static final int ANNUAL_FEE = 10;
    private static final int OWED_UNITS = 11;
    private static final int UNITS_IN_YEAR = 12;
    private static final int AMOUNT = 13;
    private static final int PRORATION = 14;
    private static final int ISSUED_ON = 15;
    private static final int DUE_ON = 16;
    private static final int GRACE_UNTIL = 17;
    private static final int VERSION = 18;
    private static final int CORRECTED_ON = 19;
    private static final int CORRECTION_AMOUNT = 20;
    private static final int REASON = 21;

    private final ResultSet rows;
    private final Database database;
    private boolean onRow;

    /** Starts before the first row of the result. */
    AssessmentRows(ResultSet rows, Database database) throws SQLException {
        this.rows = rows;
        this.database = database;
        this.onRow = rows.next();
    }

    /** The next assessment, or empty when the rows are used up. */
    Optional<FeeAssessment> next() throws SQLException {
        if (!onRow) {
            return Optional.empty();
        }
        String id = rows.getString(ID);
        if (rows.getInt(ROW_TYPE) != ASSESSMENT_ROW) {
            // The foreign key keeps corrections from outliving their assessment; only a broken order gets here.
            throw database.failure("reading fee assessment " + id, new IllegalStateException(
                    "the corrections of fee assessment " + id + " came before the assessment"));
        }
        String member = rows.getString(MEMBER);
        int year = rows.getInt(YEAR);
        String memberKind = rows.getString(MEMBER_KIND);
        Integer populationYear = rows.getObject(POPULATION_YEAR, Integer.class);
        long inhabitants = rows.getLong(INHABITANTS);
        String populationSource = rows.getString(POPULATION_SOURCE);
        try {
            ProratedFee prorated = new ProratedFee(Amounts.in(rows, ANNUAL_FEE), rows.getInt(OWED_UNITS),
                    rows.getInt(UNITS_IN_YEAR), Amounts.in(rows, AMOUNT));
            String proration = rows.getString(PRORATION);
            LocalDate issuedOn = rows.getObject(ISSUED_ON, LocalDate.class);
            LocalDate dueOn = rows.getObject(DUE_ON, LocalDate.class);
            LocalDate graceUntil = rows.getObject(GRACE_UNTIL, LocalDate.class);
            long version = rows.getLong(VERSION);
            List<FeeCorrection> corrections = new ArrayList<>();
            onRow = rows.next();
            while (onRow && id.equals(rows.getString(ID))) {
                corrections.add(new FeeCorrection(rows.getObject(CORRECTED_ON, LocalDate.class),
                        Amounts.in(rows, CORRECTION_AMOUNT), rows.getString(REASON)));
                onRow = rows.next();
            }
            Population population = populationYear == null ? null
                    : new Population(populationYear, inhabitants, populationSource);
            return Optional.of(new FeeAssessment(AssessmentId.parse(id), MemberId.parse(member),
                    MemberKind.valueOf(memberKind), year, population, prorated, Proration.valueOf(proration),
                    issuedOn, dueOn, graceUntil, corrections, version));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw database.failure("reading fee assessment " + id
                    + ", which is stored in a state no assessment can have", e);
        }
    }
}

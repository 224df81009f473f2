package cat.xarxa.benchmarks;

import cat.xarxa.common.JournalEntry;
import cat.xarxa.fee.FeeAssessment;
import cat.xarxa.member.Population;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * The fee run's raw JDBC baseline: the assessments, then their journal entries, each kind in one
 * batch, then one commit, into the adapter's own tables ({@code V5__fees.sql}).
 */
final class FeeAssessmentRows {

    private static final String INSERT = "INSERT INTO xarxa_fee_assessment (id, member_id, fiscal_year, member_kind,"
            + " population_year, inhabitants, population_source, annual_fee, owed_units, units_in_year, amount,"
            + " proration, issued_on, due_on, grace_until, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)";

    private FeeAssessmentRows() {
    }

    /** Inserts the rows and commits; returns the journal batch's counts. */
    static int[] insert(Connection connection, List<FeeAssessment> assessments, List<JournalEntry> entries)
            throws SQLException {
        try (PreparedStatement assessment = connection.prepareStatement(INSERT);
             PreparedStatement journal = RawJournal.prepare(connection)) {
            for (FeeAssessment a : assessments) {
                bind(assessment, a);
                assessment.addBatch();
            }
            RawJournal.addBatch(journal, entries);
            assessment.executeBatch();
            int[] counts = journal.executeBatch();
            connection.commit();
            return counts;
        }
    }

    private static void bind(PreparedStatement row, FeeAssessment a) throws SQLException {
        row.setString(1, a.id().toString());
        row.setString(2, a.member().toString());
        row.setInt(3, a.year());
        row.setString(4, a.kind().name());
        Population figure = a.population();
        if (figure == null) {
            row.setNull(5, Types.INTEGER);
            row.setNull(6, Types.BIGINT);
            row.setNull(7, Types.VARCHAR);
        } else {
            row.setInt(5, figure.year());
            row.setLong(6, figure.inhabitants());
            row.setString(7, figure.source());
        }
        row.setBigDecimal(8, a.prorated().annualFee().amount());
        row.setInt(9, a.prorated().owedUnits());
        row.setInt(10, a.prorated().unitsInYear());
        row.setBigDecimal(11, a.assessed().amount());
        row.setString(12, a.proration().name());
        row.setObject(13, a.issuedOn());
        row.setObject(14, a.dueOn());
        row.setObject(15, a.graceUntil());
    }
}

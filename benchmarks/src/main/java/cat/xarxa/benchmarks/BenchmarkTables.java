package cat.xarxa.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Empties the adapter's tables between benchmark invocations, children before their parents. */
final class BenchmarkTables {

    /** The fee records a run writes, and the journal, so that a run starts from no assessment. */
    private static final List<String> ASSESSMENTS = List.of("xarxa_fee_payment", "xarxa_fee_correction",
            "xarxa_fee_assessment", "xarxa_journal");

    /** Every table, so that no foreign key is in the way of a delete. */
    private static final List<String> ALL = List.of("xarxa_fee_payment", "xarxa_fee_correction",
            "xarxa_fee_assessment", "xarxa_fee_rule_parameter", "xarxa_fee_tier", "xarxa_fee_rule", "xarxa_fee_policy",
            "xarxa_need_follow_up", "xarxa_need", "xarxa_contact", "xarxa_onboarding_attendee",
            "xarxa_onboarding_meeting", "xarxa_member_status_change", "xarxa_member_population", "xarxa_member_mandate",
            "xarxa_member", "xarxa_person_expertise", "xarxa_person", "xarxa_partner", "xarxa_journal");

    private BenchmarkTables() {
    }

    /** Deletes every row of every table and commits. */
    static void emptyAll(Connection connection) throws SQLException {
        delete(connection, ALL);
    }

    /** Deletes the assessments, payments and journal entries and commits; members and policies stay. */
    static void emptyAssessments(Connection connection) throws SQLException {
        delete(connection, ASSESSMENTS);
    }

    private static void delete(Connection connection, List<String> tables) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : tables) {
                statement.executeUpdate("DELETE FROM " + table);
            }
        }
        connection.commit();
        vacuumOnPostgres(connection, tables);
    }

    /**
     * A real table is not emptied before every run; on PostgreSQL the dead rows of thousands of
     * deletes would otherwise make the run's first query (the year's assessments) ten times
     * slower than it is in use, until autovacuum catches up. VACUUM runs outside a transaction.
     */
    private static void vacuumOnPostgres(Connection connection, List<String> tables) throws SQLException {
        if (!connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
            return;
        }
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            for (String table : tables) {
                statement.execute("VACUUM ANALYZE " + table);
            }
        } finally {
            connection.setAutoCommit(false);
        }
    }
}

package cat.xarxa.jdbc;

import cat.xarxa.common.ConfigurationException;
import cat.xarxa.common.Reason;
import cat.xarxa.common.StorageException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;

/**
 * The Xarxa tables: brought up to date with Flyway, or checked to be there when the host runs the
 * scripts itself.
 */
final class Schema {

    /** Every table the store reads and writes. */
    static final List<String> TABLES = List.of("xarxa_member", "xarxa_member_status_change",
            "xarxa_member_population", "xarxa_member_mandate", "xarxa_person", "xarxa_person_expertise",
            "xarxa_partner", "xarxa_need", "xarxa_need_follow_up", "xarxa_contact", "xarxa_onboarding_meeting",
            "xarxa_onboarding_attendee", "xarxa_fee_policy", "xarxa_fee_rule", "xarxa_fee_tier",
            "xarxa_fee_rule_parameter", "xarxa_fee_assessment", "xarxa_fee_correction", "xarxa_fee_payment",
            "xarxa_hour_bank", "xarxa_hour_ledger", "xarxa_advisory", "xarxa_advisory_request",
            "xarxa_advisory_session", "xarxa_advisory_attendance", "xarxa_advisory_product", "xarxa_mentor_profile",
            "xarxa_mentor_topic", "xarxa_mentorship", "xarxa_mentorship_step", "xarxa_mentorship_extension",
            "xarxa_mentorship_meeting", "xarxa_working_group", "xarxa_group_coordinator", "xarxa_group_step",
            "xarxa_group_participant", "xarxa_group_meeting", "xarxa_group_attendee", "xarxa_group_product",
            "xarxa_group_product_partner", "xarxa_group_budget", "xarxa_group_budget_entry", "xarxa_body_seat",
            "xarxa_event", "xarxa_event_attendance", "xarxa_assembly_decision", "xarxa_assembly_vote", "xarxa_work_plan",
            "xarxa_plan_line", "xarxa_plan_objective", "xarxa_plan_action", "xarxa_plan_responsible",
            "xarxa_plan_cell", "xarxa_plan_evidence", "xarxa_practice_call", "xarxa_practice_call_priority",
            "xarxa_practice_submission", "xarxa_practice_promoter", "xarxa_practice_theme", "xarxa_training",
            "xarxa_journal");

    private Schema() {
    }

    /**
     * Runs the scripts not yet applied. The history table is the adapter's own, so a host's
     * Flyway history is never touched; a database that already holds other tables is
     * baselined at version 0, below the first script, so every script still runs.
     *
     * @throws StorageException if a script fails
     */
    static void migrate(DataSource dataSource, Database database) {
        try {
            flyway(dataSource, database).migrate();
        } catch (FlywayException e) {
            throw new StorageException(Reason.of("storage.open-failed", JdbcStorageProvider.NAME,
                    "the schema migration of " + database + " failed: " + e.getMessage()), e);
        }
    }

    /**
     * Checks, when the host runs the scripts, that it has run all of them: a script it forgot
     * would otherwise fail later as an obscure SQL error.
     *
     * @throws ConfigurationException with reason {@code storage.schema-outdated} if some are pending
     */
    private static void requireUpToDate(DataSource dataSource, Database database) {
        MigrationInfo[] pending;
        try {
            pending = flyway(dataSource, database).info().pending();
        } catch (FlywayException e) {
            throw new StorageException(Reason.of("storage.open-failed", JdbcStorageProvider.NAME,
                    "reading the schema history of " + database + " failed: " + e.getMessage()), e);
        }
        if (pending.length > 0) {
            String versions = Arrays.stream(pending).map(m -> m.getVersion() + " " + m.getDescription())
                    .collect(Collectors.joining(", "));
            throw new ConfigurationException(Reason.of("storage.schema-outdated", database, versions,
                    database.dialect().schemaLocation(), JdbcStorageProvider.SCHEMA_HISTORY_TABLE));
        }
    }

    private static Flyway flyway(DataSource dataSource, Database database) {
        // The adapter's class loader sees the scripts and Flyway's database support even
        // where the thread's context class loader (a portal's) does not.
        return Flyway.configure(Schema.class.getClassLoader())
                .dataSource(dataSource)
                .locations(database.dialect().schemaLocation())
                .table(JdbcStorageProvider.SCHEMA_HISTORY_TABLE)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .baselineDescription("tables of the host, before Xarxa")
                .failOnMissingLocations(true)
                .load();
    }

    /**
     * Checks that every Xarxa table is there.
     *
     * @throws ConfigurationException with reason {@code storage.schema-missing} if one is not
     */
    static void requireTables(Connections connections, Database database) {
        if (!missingTables(connections, database).isEmpty()) {
            throw schemaMissing(database);
        }
    }

    /**
     * Checks, when the host runs the scripts, that it has run every one and that every table is
     * there. Where some Xarxa tables are there already, scripts the history lacks are reported
     * first, by name: the tables a newer script adds would otherwise only show as missing, and
     * the host would not learn which script to run.
     *
     * @throws ConfigurationException with reason {@code storage.schema-outdated} if some scripts
     *                                are pending, {@code storage.schema-missing} if a table is not there
     */
    static void requireMigratedByHost(Connections connections, DataSource dataSource, Database database) {
        List<String> missing = missingTables(connections, database);
        if (missing.size() < TABLES.size()) {
            requireUpToDate(dataSource, database);
        }
        if (!missing.isEmpty()) {
            throw schemaMissing(database);
        }
    }

    private static ConfigurationException schemaMissing(Database database) {
        return new ConfigurationException(Reason.of("storage.schema-missing", database,
                database.dialect().schemaLocation(), JdbcStorageProvider.SCHEMA_HISTORY_TABLE));
    }

    private static List<String> missingTables(Connections connections, Database database) {
        Connection connection = null;
        try {
            connection = connections.borrow();
            return missingTables(connection);
        } catch (SQLException e) {
            throw database.failure("checking that the Xarxa tables are there", e);
        } finally {
            if (connection != null) {
                connections.giveBack(connection, true);
            }
        }
    }

    private static List<String> missingTables(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        List<String> missing = new ArrayList<>();
        for (String table : TABLES) {
            try (ResultSet found = meta.getTables(connection.getCatalog(), connection.getSchema(),
                    asStored(meta, table), null)) {
                if (!found.next()) {
                    missing.add(table);
                }
            }
        }
        return missing;
    }

    /** The name as the database keeps unquoted names, as a pattern that matches only itself. */
    private static String asStored(DatabaseMetaData meta, String table) throws SQLException {
        String stored = meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT)
                : meta.storesLowerCaseIdentifiers() ? table.toLowerCase(Locale.ROOT) : table;
        String escape = meta.getSearchStringEscape();
        return escape == null || escape.isEmpty() ? stored : stored.replace("_", escape + "_");
    }
}

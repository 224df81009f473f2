package cat.xarxa.jdbc;

import cat.xarxa.spi.Storage;
import cat.xarxa.spi.StorageConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A database server shared by the tests of a run: migrated by the first store opened on it, and
 * emptied before each test so that every test starts from no data.
 */
final class ServerDatabase {

    /** Children before parents, so that no foreign key is in the way. */
    private static final List<String> TABLES_TO_EMPTY =
            List.of("xarxa_plan_evidence", "xarxa_plan_cell", "xarxa_plan_responsible", "xarxa_plan_action",
                    "xarxa_plan_objective", "xarxa_plan_line", "xarxa_work_plan", "xarxa_practice_theme",
                    "xarxa_practice_promoter", "xarxa_practice_submission", "xarxa_practice_call_priority",
                    "xarxa_practice_call", "xarxa_training", "xarxa_assembly_vote", "xarxa_assembly_decision",
                    "xarxa_event_attendance", "xarxa_event", "xarxa_body_seat", "xarxa_group_budget_entry",
                    "xarxa_group_budget", "xarxa_group_product_partner",
                    "xarxa_group_product", "xarxa_group_attendee", "xarxa_group_meeting", "xarxa_group_participant",
                    "xarxa_group_step", "xarxa_group_coordinator", "xarxa_working_group", "xarxa_mentorship_meeting", "xarxa_mentorship_extension", "xarxa_mentorship_step",
                    "xarxa_mentorship", "xarxa_mentor_topic", "xarxa_mentor_profile", "xarxa_advisory_attendance",
                    "xarxa_advisory_session", "xarxa_advisory_request",
                    "xarxa_advisory_product", "xarxa_advisory", "xarxa_hour_ledger", "xarxa_hour_bank",
                    "xarxa_fee_payment", "xarxa_fee_correction", "xarxa_fee_assessment", "xarxa_fee_rule_parameter",
                    "xarxa_fee_tier", "xarxa_fee_rule", "xarxa_fee_policy",
                    "xarxa_need_follow_up", "xarxa_need", "xarxa_contact", "xarxa_onboarding_attendee",
                    "xarxa_onboarding_meeting", "xarxa_member_status_change", "xarxa_member_population",
                    "xarxa_member_mandate", "xarxa_member", "xarxa_person_expertise", "xarxa_person", "xarxa_partner",
                    "xarxa_journal");
    private static final Set<String> MIGRATED = ConcurrentHashMap.newKeySet();

    private ServerDatabase() {
    }

    /** A store on the server at this URL, with the Xarxa tables empty. */
    static Storage openEmptyStorage(String url) {
        boolean firstInThisRun = MIGRATED.add(url);
        Storage storage = new JdbcStorageProvider().open(new StorageConfig(Map.of(
                JdbcStorageProvider.URL, url,
                JdbcStorageProvider.MIGRATE, Boolean.toString(firstInThisRun)), Map.of()));
        try {
            empty(url);
            return storage;
        } catch (SQLException | RuntimeException e) {
            storage.close();
            throw new IllegalStateException("cannot empty the Xarxa tables at " + JdbcUrls.withoutPassword(url), e);
        }
    }

    private static void empty(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url)) {
            for (String table : TABLES_TO_EMPTY) {
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table)) {
                    delete.executeUpdate();
                }
            }
        }
    }
}

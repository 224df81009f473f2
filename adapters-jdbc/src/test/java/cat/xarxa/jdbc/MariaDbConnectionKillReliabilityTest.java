package cat.xarxa.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Commands whose MariaDB connection is killed half-way. */
@RequiresDatabase(variable = MariaDbStorageContractTest.URL_VARIABLE, database = "MariaDB",
        example = "jdbc:mariadb://127.0.0.1:3306/xarxa_test?user=root")
class MariaDbConnectionKillReliabilityTest extends ConnectionKillReliabilityTest {

    @Override
    protected String url() {
        return RequiresDatabaseCondition.urlIn(MariaDbStorageContractTest.URL_VARIABLE).orElseThrow();
    }

    @Override
    protected String sessionIdQuery() {
        return "SELECT CONNECTION_ID()";
    }

    @Override
    protected void endSession(Connection other, long session) throws SQLException {
        try (PreparedStatement kill = other.prepareStatement("KILL " + session)) {
            kill.execute();
        }
        awaitGone(other, "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE ID = ?", session);
    }
}

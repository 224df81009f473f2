package cat.xarxa.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Commands whose PostgreSQL session is terminated half-way. */
@RequiresDatabase(variable = PostgresStorageContractTest.URL_VARIABLE, database = "PostgreSQL",
        example = "jdbc:postgresql://127.0.0.1:5432/xarxa_test?user=postgres")
class PostgresConnectionKillReliabilityTest extends ConnectionKillReliabilityTest {

    @Override
    protected String url() {
        return RequiresDatabaseCondition.urlIn(PostgresStorageContractTest.URL_VARIABLE).orElseThrow();
    }

    @Override
    protected String sessionIdQuery() {
        return "SELECT pg_backend_pid()";
    }

    @Override
    protected void endSession(Connection other, long session) throws SQLException {
        try (PreparedStatement terminate = other.prepareStatement("SELECT pg_terminate_backend(?)")) {
            terminate.setInt(1, (int) session);
            try (ResultSet done = terminate.executeQuery()) {
                done.next();
            }
        }
        awaitGone(other, "SELECT COUNT(*) FROM pg_stat_activity WHERE pid = ?", session);
    }
}

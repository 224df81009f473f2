package cat.xarxa.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cat.xarxa.Xarxa;
import cat.xarxa.common.IneCode;
import cat.xarxa.member.ApplyForMembership;
import cat.xarxa.member.MemberId;
import cat.xarxa.spi.Storage;
import cat.xarxa.spi.StorageConfig;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A portal hands over its own connection pool: Xarxa uses it, gives every connection back and leaves it open. */
class HostDataSourceTest {

    private final JdbcConnectionPool portalPool =
            JdbcConnectionPool.create("jdbc:h2:mem:portal-" + UUID.randomUUID(), "portal", "");

    @AfterEach
    void stopThePortal() {
        portalPool.dispose();
    }

    @Test
    void thePortalsPoolHoldsTheDataAndStaysOpenAfterXarxaCloses() throws SQLException {
        MemberId sabadell;
        try (Xarxa xarxa = Xarxa.builder().object(JdbcStorageProvider.DATA_SOURCE, portalPool).build()) {
            sabadell = xarxa.members().apply(new ApplyForMembership(IneCode.parse("081878"), LocalDate.of(2026, 3, 2)))
                    .orElseThrow();
            assertEquals(0, portalPool.getActiveConnections());
        }

        try (Connection connection = portalPool.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT name FROM xarxa_member WHERE id = ?")) {
            query.setString(1, sabadell.toString());
            try (ResultSet row = query.executeQuery()) {
                row.next();
                assertEquals("Sabadell", row.getString(1));
            }
        }
    }

    @Test
    void aFailedUnitOfWorkGivesItsConnectionBackAsItFoundIt() throws SQLException {
        try (Storage storage = new JdbcStorageProvider().open(
                new StorageConfig(Map.of(), Map.of(JdbcStorageProvider.DATA_SOURCE, portalPool)))) {
            assertThrows(IllegalStateException.class, () -> storage.transaction(tx -> {
                tx.members().count();
                throw new IllegalStateException("the command failed");
            }));
        }

        assertEquals(0, portalPool.getActiveConnections());
        try (Connection connection = portalPool.getConnection()) {
            assertEquals(true, connection.getAutoCommit());
        }
    }

    @Test
    void aConnectionHandedOutWithoutAutoCommitGoesBackWithoutIt() throws SQLException {
        // One physical connection, handed out as some portal pools do: autocommit already off.
        Connection only = portalPool.getConnection();
        only.setAutoCommit(false);
        javax.sql.DataSource manualCommitPool = (javax.sql.DataSource) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {javax.sql.DataSource.class}, (proxy, method, args) ->
                        method.getName().equals("getConnection") ? keptOpen(only) : method.invoke(portalPool, args));
        try (Storage storage = new JdbcStorageProvider().open(
                new StorageConfig(Map.of(), Map.of(JdbcStorageProvider.DATA_SOURCE, manualCommitPool)))) {
            storage.transaction(tx -> tx.members().count());

            assertEquals(false, only.getAutoCommit());
        } finally {
            only.close();
        }
    }

    /**
     * A database that resolves a race at commit (SQLState class 40: a serialization failure, a
     * deadlock) lost the unit of work to another: that is a conflict the caller may retry, any
     * other failure at commit a technical one.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"40001, true", "40P01, true", "08006, false"})
    void aCommitTheDatabaseRefusesForARaceIsAConflict(String state, boolean conflict) {
        javax.sql.DataSource refusingPool = (javax.sql.DataSource) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {javax.sql.DataSource.class}, (proxy, method, args) ->
                        method.getName().equals("getConnection") ? refusingCommit(portalPool.getConnection(), state)
                                : method.invoke(portalPool, args));
        // The schema is made first, through connections that commit.
        new JdbcStorageProvider().open(new StorageConfig(Map.of(), Map.of(JdbcStorageProvider.DATA_SOURCE, portalPool)))
                .close();
        try (Storage storage = new JdbcStorageProvider().open(new StorageConfig(Map.of("xarxa.jdbc.migrate", "false"),
                Map.of(JdbcStorageProvider.DATA_SOURCE, refusingPool)))) {
            RuntimeException failure = assertThrows(RuntimeException.class,
                    () -> storage.transaction(tx -> tx.members().count()));

            assertEquals(conflict, failure instanceof cat.xarxa.common.ConcurrentUpdateException, failure.toString());
            assertEquals(!conflict, failure instanceof cat.xarxa.common.StorageException, failure.toString());
        }
    }

    /** The connection, whose commit fails with the SQLState given. */
    private static Connection refusingCommit(Connection connection, String state) {
        return (Connection) java.lang.reflect.Proxy.newProxyInstance(HostDataSourceTest.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("commit")) {
                        throw new SQLException("refused at commit", state);
                    }
                    return method.invoke(connection, args);
                });
    }

    /** The connection, with close() left to the test. */
    private static Connection keptOpen(Connection connection) {
        return (Connection) java.lang.reflect.Proxy.newProxyInstance(HostDataSourceTest.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> method.getName().equals("close")
                        ? null : method.invoke(connection, args));
    }
}

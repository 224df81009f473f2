package cat.xarxa.jdbc;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The adapter's own pool for server databases, here over H2's driver. */
class ReusingConnectionsTest {

    private final ReusingConnections pool = new ReusingConnections(new DriverDataSource(new org.h2.Driver(),
            "jdbc:h2:mem:pool-" + UUID.randomUUID(), new Properties()), 2);

    @AfterEach
    void closePool() {
        pool.close();
    }

    @Test
    void aConnectionGivenBackIsHandedOutAgain() throws SQLException {
        Connection first = pool.borrow();
        pool.giveBack(first, true);

        assertSame(first, pool.borrow());
    }

    @Test
    void aConnectionThatMayBeBrokenIsClosedNotReused() throws SQLException {
        Connection doubtful = pool.borrow();
        pool.giveBack(doubtful, false);

        assertTrue(doubtful.isClosed());
        assertNotSame(doubtful, pool.borrow());
    }

    @Test
    void aConnectionClosedWhileIdleIsNotHandedOut() throws SQLException {
        Connection dropped = pool.borrow();
        pool.giveBack(dropped, true);
        dropped.close();

        Connection next = pool.borrow();

        assertNotSame(dropped, next);
        assertTrue(next.isValid(1));
    }

    @Test
    void onlyTheLimitIsKeptIdle() throws SQLException {
        Connection a = pool.borrow();
        Connection b = pool.borrow();
        Connection c = pool.borrow();
        pool.giveBack(a, true);
        pool.giveBack(b, true);
        pool.giveBack(c, true);

        assertTrue(c.isClosed());
    }

    @Test
    void closingThePoolClosesIdleConnectionsAndRefusesNewOnes() throws SQLException {
        Connection idle = pool.borrow();
        Connection inUse = pool.borrow();
        pool.giveBack(idle, true);

        pool.close();
        pool.giveBack(inUse, true);

        assertTrue(idle.isClosed());
        assertTrue(inUse.isClosed());
        assertThrows(SQLException.class, pool::borrow);
    }
}

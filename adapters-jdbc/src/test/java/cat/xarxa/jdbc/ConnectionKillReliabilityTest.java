package cat.xarxa.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.Xarxa;
import cat.xarxa.advisory.AdvisoryTopics;
import cat.xarxa.advisory.HourBank;
import cat.xarxa.advisory.OpenHourBank;
import cat.xarxa.advisory.RequestAdvisory;
import cat.xarxa.common.Hours;
import cat.xarxa.common.IneCode;
import cat.xarxa.common.StorageException;
import cat.xarxa.member.AdmitMember;
import cat.xarxa.member.ApplyForMembership;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberStatus;
import cat.xarxa.member.PersonId;
import cat.xarxa.member.RegisterPerson;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A command whose connection dies half-way: the database server ends the session from another
 * connection just before the journal is written, or the driver fails at that moment. The command
 * fails with a {@link StorageException}, nothing of it is stored, and the same command run again
 * afterwards is accepted. Run on the database servers the adapter supports.
 */
abstract class ConnectionKillReliabilityTest {

    private static final LocalDate APPLIED = LocalDate.of(2025, 2, 3);
    private static final LocalDate ADMITTED = LocalDate.of(2025, 4, 22);
    private static final LocalDate ASKED = LocalDate.of(2026, 6, 1);

    /** What happens when the journal insert of the next command is executed. */
    private enum Fault { NONE, KILL_SESSION, DRIVER_FAILURE }

    private volatile Fault fault = Fault.NONE;
    /** The server's id of each session the store was handed, by connection. */
    private final Map<Connection, Long> sessions = new ConcurrentHashMap<>();
    private Xarxa xarxa;

    /** The JDBC URL of the server, user included. */
    protected abstract String url();

    /** The query that gives the server's id of the session it runs in. */
    protected abstract String sessionIdQuery();

    /** Ends the session with this id, from another connection, and waits until it is gone. */
    protected abstract void endSession(Connection other, long session) throws SQLException;

    @BeforeEach
    void openOnAnEmptyDatabase() {
        ServerDatabase.openEmptyStorage(url()).close();
        xarxa = Xarxa.builder()
                .object(JdbcStorageProvider.DATA_SOURCE, faultyDataSource())
                .setting(JdbcStorageProvider.MIGRATE, "false")
                .clock(ConcurrentLoadReliabilityTest.CLOCK)
                .build();
    }

    @AfterEach
    void close() {
        xarxa.close();
    }

    @Test
    void anAdmissionWhoseSessionIsKilledBeforeTheJournalStoresNothingAndSucceedsWhenRunAgain() {
        MemberId manlleu = xarxa.members().apply(new ApplyForMembership(IneCode.parse("081120"), APPLIED)).orElseThrow();
        int journaled = xarxa.history(manlleu).size();

        fault = Fault.KILL_SESSION;
        StorageException failure = assertThrows(StorageException.class,
                () -> xarxa.members().admit(new AdmitMember(manlleu, ADMITTED, "AG 2025-04")));
        fault = Fault.NONE;

        assertTrue(failure.getMessage().contains("journal"), failure::getMessage);
        assertEquals(MemberStatus.APPLIED, xarxa.members().find(manlleu).orElseThrow().status());
        assertEquals(journaled, xarxa.history(manlleu).size());

        xarxa.members().admit(new AdmitMember(manlleu, ADMITTED, "AG 2025-04")).orElseThrow();
        assertEquals(MemberStatus.MEMBER, xarxa.members().find(manlleu).orElseThrow().status());
        assertEquals(journaled + 1, xarxa.history(manlleu).size());
    }

    @Test
    void aReservationThatFailsBetweenTheStateAndTheJournalWriteLeavesTheBankAsItWas() {
        MemberId vic = xarxa.members().apply(new ApplyForMembership(IneCode.parse("082981"), APPLIED)).orElseThrow();
        xarxa.members().admit(new AdmitMember(vic, ADMITTED, "AG 2025-04")).orElseThrow();
        PersonId technician = xarxa.people().register(new RegisterPerson("Tècnica de Vic")).orElseThrow();
        xarxa.advisories().openBank(new OpenHourBank(ConcurrentLoadReliabilityTest.PERIOD, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), Hours.of(40), "AG 2026-03, acord 6", LocalDate.of(2026, 3, 20))).orElseThrow();
        HourBank before = xarxa.advisories().bank(ConcurrentLoadReliabilityTest.PERIOD).orElseThrow();
        int ledger = xarxa.advisories().ledger(ConcurrentLoadReliabilityTest.PERIOD).size();
        RequestAdvisory request = new RequestAdvisory(vic, technician, AdvisoryTopics.CARE_POLICIES, "Volem un pla local",
                null, null, ASKED);

        for (Fault injected : new Fault[] {Fault.DRIVER_FAILURE, Fault.KILL_SESSION}) {
            fault = injected;
            assertThrows(StorageException.class, () -> xarxa.advisories().request(request), injected::name);
            fault = Fault.NONE;

            assertEquals(before, xarxa.advisories().bank(ConcurrentLoadReliabilityTest.PERIOD).orElseThrow(),
                    injected::name);
            assertEquals(ledger, xarxa.advisories().ledger(ConcurrentLoadReliabilityTest.PERIOD).size(), injected::name);
            assertEquals(0, xarxa.advisories().advisoriesOf(vic).size(), injected::name);
        }

        xarxa.advisories().request(request).orElseThrow();
        HourBank after = xarxa.advisories().bank(ConcurrentLoadReliabilityTest.PERIOD).orElseThrow();
        assertEquals(before.available().minus(Hours.of(4)), after.available());
        assertEquals(1, xarxa.advisories().advisoriesOf(vic).size());
    }

    // ---------------------------------------------------------------- the faulty pool

    private DataSource faultyDataSource() {
        return proxy(DataSource.class, (proxy, method, args) -> {
            switch (method.getName()) {
                case "getConnection" -> {
                    Connection real = DriverManager.getConnection(url());
                    sessions.put(real, sessionOf(real));
                    return faulty(real);
                }
                case "unwrap" -> throw new SQLException("not a wrapper");
                case "isWrapperFor" -> {
                    return false;
                }
                case "getLoginTimeout" -> {
                    return 0;
                }
                case "getLogWriter", "getParentLogger" -> {
                    return null;
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                case "equals" -> {
                    return proxy == args[0];
                }
                case "toString" -> {
                    return "faulty pool on " + JdbcUrls.withoutPassword(url());
                }
                default -> {
                    return null;
                }
            }
        });
    }

    private long sessionOf(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sessionIdQuery());
             ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private Connection faulty(Connection real) {
        return proxy(Connection.class, (proxy, method, args) -> {
            Object result = invoke(real, method, args);
            if (method.getName().equals("close")) {
                sessions.remove(real);
            }
            if (method.getName().equals("prepareStatement") && isJournalInsert((String) args[0])) {
                PreparedStatement statement = (PreparedStatement) result;
                return proxy(PreparedStatement.class, (statementProxy, call, callArgs) -> {
                    if (call.getName().startsWith("execute")) {
                        injectInto(real);
                    }
                    return invoke(statement, call, callArgs);
                });
            }
            return result;
        });
    }

    private static boolean isJournalInsert(String sql) {
        return sql.trim().toUpperCase(Locale.ROOT).startsWith("INSERT INTO XARXA_JOURNAL");
    }

    private void injectInto(Connection real) throws SQLException {
        Fault now = fault;
        if (now == Fault.DRIVER_FAILURE) {
            throw new SQLException("the network failed before the journal was written", "08006");
        }
        if (now == Fault.KILL_SESSION) {
            try (Connection other = DriverManager.getConnection(url())) {
                endSession(other, sessions.get(real));
            }
        }
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(ConnectionKillReliabilityTest.class.getClassLoader(), new Class<?>[] {type},
                handler);
    }

    /** Waits until a query of the other connection no longer finds the session. */
    static void awaitGone(Connection other, String countQuery, long session) throws SQLException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (PreparedStatement query = other.prepareStatement(countQuery)) {
                query.setLong(1, session);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    if (row.getLong(1) == 0) {
                        return;
                    }
                }
            }
            Thread.onSpinWait();
        }
        throw new IllegalStateException("session " + session + " still there after 5 s");
    }
}

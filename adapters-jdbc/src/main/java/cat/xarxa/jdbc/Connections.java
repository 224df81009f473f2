package cat.xarxa.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Where a store's connections come from and where they go back: the host's pool, H2's own pool,
 * or a small pool of this adapter for a server database.
 */
interface Connections extends AutoCloseable {

    /** How many idle connections to a server database are kept for reuse. */
    int IDLE_CONNECTIONS_KEPT = 8;

    /** A connection for one unit of work; give it back with {@link #giveBack}. */
    Connection borrow() throws SQLException;

    /**
     * Returns a borrowed connection after its unit of work has been committed or rolled back.
     *
     * @param reusable false if the connection may be broken, so that it is not handed out again
     */
    void giveBack(Connection connection, boolean reusable);

    /** Connections for the schema migration, which closes each one it takes. */
    DataSource dataSource();

    /** The most connections the embedded H2 pool opens at once. */
    int H2_MAX_CONNECTIONS = 50;

    /** Releases what this source owns; a host's pool is left open. */
    @Override
    void close();

    /** The connections the settings ask for; drivers are looked up first in {@code driverLoader}. */
    static Connections open(JdbcSettings settings, ClassLoader driverLoader) {
        if (settings.hostDataSource().isPresent()) {
            return new DataSourceConnections(settings.hostDataSource().get(), () -> {
                // The host owns its pool and closes it when it stops.
            });
        }
        String url = settings.url().orElseThrow();
        if (JdbcUrls.subprotocol(url).equals("h2")) {
            JdbcConnectionPool pool = JdbcConnectionPool.create(url, settings.user().orElse(""),
                    settings.password().orElse(""));
            // H2's default of 10 would make the eleventh simultaneous request of a busy portal wait.
            pool.setMaxConnections(H2_MAX_CONNECTIONS);
            return new DataSourceConnections(pool, pool::dispose);
        }
        Properties credentials = new Properties();
        settings.user().ifPresent(user -> credentials.setProperty("user", user));
        settings.password().ifPresent(password -> credentials.setProperty("password", password));
        DriverDataSource fresh = new DriverDataSource(JdbcDrivers.visible(driverLoader).forUrl(url), url, credentials);
        return new ReusingConnections(fresh, IDLE_CONNECTIONS_KEPT);
    }
}

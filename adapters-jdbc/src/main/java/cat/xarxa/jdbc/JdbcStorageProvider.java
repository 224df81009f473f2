package cat.xarxa.jdbc;

import cat.xarxa.spi.Storage;
import cat.xarxa.spi.StorageConfig;
import cat.xarxa.spi.StorageProvider;
import java.lang.System.Logger.Level;
import java.nio.file.Path;

/**
 * Keeps the network's data in a relational database over JDBC (emmagatzematge JDBC): an
 * embedded H2 file by default, PostgreSQL or MariaDB by URL, or the host application's own
 * {@link javax.sql.DataSource}. Found by {@link java.util.ServiceLoader} under the name
 * {@value #NAME}; with priority {@value #PRIORITY} it is chosen whenever it is on the class path
 * and {@code xarxa.storage} names no other store.
 *
 * <p>Settings:
 * <ul>
 *   <li>{@value #URL}: the JDBC URL; without it (and without a data source) the data lives in
 *       the embedded H2 database {@value #DEFAULT_URL}, relative to the working directory;</li>
 *   <li>{@value #USER} and {@value #PASSWORD}: the credentials for that URL, if it does not
 *       carry them itself;</li>
 *   <li>{@value #DATA_SOURCE}: an object, the host's own pool; it is used instead of a URL and
 *       never closed by Xarxa;</li>
 *   <li>{@value #MIGRATE}: {@code true} (the default) to create and upgrade the tables with
 *       Flyway, {@code false} if the host runs the same scripts itself.</li>
 * </ul>
 *
 * <p>The tables start with {@code xarxa_}, so they can live beside the host's own. Their scripts
 * are on the class path under {@value #SCHEMA_LOCATION}{@code /h2}, {@code /postgresql} and
 * {@code /mariadb}; Flyway records them in its own history table {@value #SCHEMA_HISTORY_TABLE}.
 *
 * <p>Each unit of work is one database transaction. Saving a member that another unit of work
 * changed first throws {@link cat.xarxa.common.ConcurrentUpdateException}, which also ends the
 * unit of work: retry it as a whole.
 */
public final class JdbcStorageProvider implements StorageProvider {

    /** The name {@code xarxa.storage} selects this store by. */
    public static final String NAME = "jdbc";
    /** Above any other store, so that a class path with this adapter keeps its data in a database. */
    public static final int PRIORITY = 100;

    /** Setting: the JDBC URL, e.g. {@code jdbc:postgresql://localhost:5432/xarxa}. */
    public static final String URL = "xarxa.jdbc.url";
    /** Setting: the database user for {@link #URL}. */
    public static final String USER = "xarxa.jdbc.user";
    /** Setting: the database password for {@link #URL}; never logged. */
    public static final String PASSWORD = "xarxa.jdbc.password";
    /** Object key: a {@link javax.sql.DataSource} of the host, used instead of a URL and never closed. */
    public static final String DATA_SOURCE = "xarxa.jdbc.dataSource";
    /** Setting: whether the adapter creates and upgrades its tables ({@code true} by default). */
    public static final String MIGRATE = "xarxa.jdbc.migrate";

    /** The embedded H2 database used when neither a URL nor a data source is given. */
    public static final String DEFAULT_URL = "jdbc:h2:file:./xarxa-data/xarxa";
    /** Where the schema scripts are, one folder per database: {@code h2}, {@code postgresql}, {@code mariadb}. */
    public static final String SCHEMA_LOCATION = "classpath:cat/xarxa/jdbc/schema";
    /** The Flyway history table of the Xarxa scripts, apart from any history table of the host. */
    public static final String SCHEMA_HISTORY_TABLE = "xarxa_schema_history";

    private static final System.Logger LOG = System.getLogger("cat.xarxa.jdbc");

    /** Used by {@link java.util.ServiceLoader}; does no work until {@link #open(StorageConfig)}. */
    public JdbcStorageProvider() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    /**
     * Connects, brings the schema up to date (or checks it is there) and opens the store.
     *
     * @throws cat.xarxa.common.ConfigurationException if a setting is wrong, the driver for the
     *                                                 URL is missing or the tables are missing
     * @throws cat.xarxa.common.StorageException       if the database cannot be reached or migrated
     */
    @Override
    public Storage open(StorageConfig config) {
        JdbcSettings settings = JdbcSettings.read(config);
        Connections connections = Connections.open(settings, config.classLoader());
        try {
            Database database = Database.inspect(connections);
            if (settings.migrate()) {
                Schema.migrate(connections.dataSource(), database);
                Schema.requireTables(connections, database);
            } else {
                Schema.requireMigratedByHost(connections, connections.dataSource(), database);
            }
            LOG.log(Level.INFO, "Xarxa storage on {0}{1}; schema {2}, {3} with history table {4}",
                    database, settings.isDefaultDatabase() ? " (the default, in " + defaultDatabaseFolder() + "; set "
                            + URL + " to choose another)" : "",
                    database.dialect().schemaLocation(),
                    settings.migrate() ? "migrated by Xarxa" : "migrated by the host", SCHEMA_HISTORY_TABLE);
            return new JdbcStorage(connections, database);
        } catch (RuntimeException | Error e) {
            connections.close();
            throw e;
        }
    }

    /** Where the embedded database's files are, so that the log says which folder to back up. */
    private static Path defaultDatabaseFolder() {
        return Path.of(DEFAULT_URL.substring("jdbc:h2:file:".length())).toAbsolutePath().normalize().getParent();
    }
}

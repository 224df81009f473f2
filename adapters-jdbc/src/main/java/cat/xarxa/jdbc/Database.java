package cat.xarxa.jdbc;

import cat.xarxa.common.ConfigurationException;
import cat.xarxa.common.Reason;
import cat.xarxa.common.StorageException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The database a store is connected to, as logs and messages name it (never with a password),
 * and how its failures are reported.
 *
 * @param dialect     which scripts and SQL fit it
 * @param product     product and version, e.g. {@code PostgreSQL 15.2}
 * @param location    where it is: the URL without password
 */
record Database(Dialect dialect, String product, String location) {

    /** Asks a connection of the source what database it reaches. */
    static Database inspect(Connections connections) {
        Connection connection;
        try {
            connection = connections.borrow();
        } catch (SQLException e) {
            throw new StorageException(Reason.of("storage.open-failed", JdbcStorageProvider.NAME,
                    "cannot connect: " + describe(e)), e);
        }
        try {
            DatabaseMetaData meta = connection.getMetaData();
            String productName = meta.getDatabaseProductName();
            Dialect dialect = Dialect.of(productName).orElseThrow(() -> new ConfigurationException(Reason.of(
                    "storage.open-failed", JdbcStorageProvider.NAME, "the database is " + productName + "; Xarxa's"
                            + " JDBC storage supports " + Arrays.stream(Dialect.values()).map(Dialect::productName)
                            .collect(Collectors.joining(", ")))));
            String url = meta.getURL();
            return new Database(dialect, productName + " " + meta.getDatabaseProductVersion(),
                    url == null ? "an unnamed data source" : JdbcUrls.withoutPassword(url));
        } catch (SQLException e) {
            throw new StorageException(Reason.of("storage.open-failed", JdbcStorageProvider.NAME,
                    "cannot read what database this is: " + describe(e)), e);
        } finally {
            connections.giveBack(connection, true);
        }
    }

    /** A technical failure while doing something, e.g. {@code saving member 5f0c...}. */
    StorageException failure(String doing, SQLException cause) {
        return new StorageException(Reason.of("storage.failure", this, doing + ": " + describe(cause)), cause);
    }

    /** A failure that is not the driver's, e.g. stored data the domain refuses. */
    StorageException failure(String doing, RuntimeException cause) {
        return new StorageException(Reason.of("storage.failure", this, doing + ": " + cause.getMessage()), cause);
    }

    /** The driver's message and the SQLState, which says what kind of failure it was. */
    static String describe(SQLException e) {
        return e.getSQLState() == null ? e.getMessage() : e.getMessage() + " (SQLState " + e.getSQLState() + ")";
    }

    /** e.g. {@code PostgreSQL 15.2 at jdbc:postgresql://db/xarxa}. */
    @Override
    public String toString() {
        return product + " at " + location;
    }
}

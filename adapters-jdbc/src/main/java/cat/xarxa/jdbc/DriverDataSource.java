package cat.xarxa.jdbc;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** A new connection from a driver on each request; the pool and the schema migration draw on it. */
final class DriverDataSource implements DataSource {

    private final Driver driver;
    private final String url;
    private final Properties credentials;
    private volatile int loginTimeoutSeconds;

    /**
     * @param driver      a driver that accepts the URL
     * @param url         the JDBC URL
     * @param credentials {@code user} and {@code password}, where they are not in the URL
     */
    DriverDataSource(Driver driver, String url, Properties credentials) {
        this.driver = driver;
        this.url = url;
        this.credentials = (Properties) credentials.clone();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return connect((Properties) credentials.clone());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        Properties given = new Properties();
        if (username != null) {
            given.setProperty("user", username);
        }
        if (password != null) {
            given.setProperty("password", password);
        }
        return connect(given);
    }

    private Connection connect(Properties properties) throws SQLException {
        Connection connection = driver.connect(url, properties);
        if (connection == null) {
            throw new SQLException("the driver " + driver.getClass().getName() + " does not accept "
                    + JdbcUrls.withoutPassword(url), "08001");
        }
        return connection;
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // Drivers log through their own logging; there is nothing to pass on.
    }

    /** Kept for the interface only: each driver takes its connect timeout as a URL parameter of its own. */
    @Override
    public void setLoginTimeout(int seconds) {
        loginTimeoutSeconds = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeoutSeconds;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no java.util.logging parent logger");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}

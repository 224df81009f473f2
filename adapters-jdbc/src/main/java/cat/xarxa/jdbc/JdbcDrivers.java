package cat.xarxa.jdbc;

import cat.xarxa.common.ConfigurationException;
import cat.xarxa.common.Reason;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds the JDBC driver for a URL among the drivers the given class loaders offer. Drivers are
 * looked up with {@link ServiceLoader} rather than {@link java.sql.DriverManager}, which only
 * sees the drivers of the class loader that first touched it; in a portal's web application
 * that may not be the one holding the driver.
 */
final class JdbcDrivers {

    /** The Maven artifact that brings the driver, by the URL's sub-protocol. */
    private static final Map<String, String> ARTIFACTS = Map.of(
            "postgresql", "org.postgresql:postgresql",
            "mariadb", "org.mariadb.jdbc:mariadb-java-client",
            "mysql", "org.mariadb.jdbc:mariadb-java-client",
            "h2", "com.h2database:h2");

    private final List<ClassLoader> classLoaders;

    JdbcDrivers(List<ClassLoader> classLoaders) {
        this.classLoaders = List.copyOf(classLoaders);
    }

    /**
     * The drivers of the class loader the host chose, of the adapter's own class loader and of
     * the thread's context class loader.
     */
    static JdbcDrivers visible(ClassLoader hostChoice) {
        LinkedHashSet<ClassLoader> loaders = new LinkedHashSet<>();
        loaders.add(hostChoice);
        loaders.add(JdbcDrivers.class.getClassLoader());
        Optional.ofNullable(Thread.currentThread().getContextClassLoader()).ifPresent(loaders::add);
        return new JdbcDrivers(List.copyOf(loaders));
    }

    /**
     * The driver that accepts the URL.
     *
     * @throws ConfigurationException naming the artifact to add if no driver accepts it
     */
    Driver forUrl(String url) {
        for (ClassLoader loader : classLoaders) {
            Iterator<Driver> drivers = ServiceLoader.load(Driver.class, loader).iterator();
            while (true) {
                Driver driver;
                try {
                    if (!drivers.hasNext()) {
                        break;
                    }
                    driver = drivers.next();
                } catch (ServiceConfigurationError e) {
                    // A driver that cannot be loaded is not the one wanted; look at the next.
                    continue;
                }
                if (accepts(driver, url)) {
                    return driver;
                }
            }
        }
        String artifact = ARTIFACTS.get(JdbcUrls.subprotocol(url));
        String advice = artifact != null
                ? "add the dependency " + artifact
                : "add the JDBC driver of that database (Xarxa supports H2, PostgreSQL and MariaDB)";
        throw new ConfigurationException(Reason.of("storage.open-failed", JdbcStorageProvider.NAME,
                "no JDBC driver on the class path accepts " + JdbcUrls.withoutPassword(url) + "; " + advice));
    }

    private static boolean accepts(Driver driver, String url) {
        try {
            return driver.acceptsURL(url);
        } catch (SQLException e) {
            return false;
        }
    }
}

package cat.xarxa.jdbc;

import cat.xarxa.common.ConfigurationException;
import cat.xarxa.common.Reason;
import cat.xarxa.spi.StorageConfig;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The adapter's settings, read and checked once: either the host's data source or a URL (the
 * embedded default when none is given), and whether to migrate.
 *
 * @param hostDataSource the host's pool, if handed over; then there is no URL
 * @param url            the JDBC URL to connect to, if no data source was handed over
 * @param user           the user for the URL, if set apart from it
 * @param password       the password for the URL, if set apart from it
 * @param migrate        whether the adapter runs the schema scripts itself
 */
record JdbcSettings(Optional<DataSource> hostDataSource, Optional<String> url, Optional<String> user,
                    Optional<String> password, boolean migrate) {

    static JdbcSettings read(StorageConfig config) {
        Optional<DataSource> dataSource = hostDataSource(config);
        Optional<String> url = config.get(JdbcStorageProvider.URL);
        Optional<String> user = config.get(JdbcStorageProvider.USER);
        Optional<String> password = config.get(JdbcStorageProvider.PASSWORD);
        boolean migrate = migrate(config);
        if (dataSource.isPresent()) {
            // The host's pool has its own address and credentials; two sources of truth would be a guess.
            if (url.isPresent()) {
                throw invalid(JdbcStorageProvider.URL, JdbcUrls.withoutPassword(url.get()),
                        "a data source was handed over under " + JdbcStorageProvider.DATA_SOURCE + "; give one or the other");
            }
            if (user.isPresent() || password.isPresent()) {
                throw invalid(user.isPresent() ? JdbcStorageProvider.USER : JdbcStorageProvider.PASSWORD,
                        user.orElse("****"), "the data source handed over under " + JdbcStorageProvider.DATA_SOURCE
                                + " brings its own credentials");
            }
            return new JdbcSettings(dataSource, Optional.empty(), Optional.empty(), Optional.empty(), migrate);
        }
        String chosen = url.orElse(JdbcStorageProvider.DEFAULT_URL);
        if (!chosen.startsWith("jdbc:")) {
            throw invalid(JdbcStorageProvider.URL, JdbcUrls.withoutPassword(chosen),
                    "a JDBC URL starts with jdbc:, e.g. jdbc:postgresql://localhost:5432/xarxa");
        }
        return new JdbcSettings(Optional.empty(), Optional.of(chosen), user, password, migrate);
    }

    /** Whether the data goes to the embedded database nobody chose explicitly. */
    boolean isDefaultDatabase() {
        return url.filter(JdbcStorageProvider.DEFAULT_URL::equals).isPresent();
    }

    private static Optional<DataSource> hostDataSource(StorageConfig config) {
        try {
            return config.object(JdbcStorageProvider.DATA_SOURCE, DataSource.class);
        } catch (IllegalArgumentException e) {
            throw invalid(JdbcStorageProvider.DATA_SOURCE, "<object>", e.getMessage());
        }
    }

    private static boolean migrate(StorageConfig config) {
        // Read strictly: a typo such as "yes" must not quietly mean false.
        Optional<String> value = config.get(JdbcStorageProvider.MIGRATE);
        if (value.isEmpty()) {
            return true;
        }
        return switch (value.get().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw invalid(JdbcStorageProvider.MIGRATE, value.get(), "it must be true or false");
        };
    }

    private static ConfigurationException invalid(String key, String value, String why) {
        return new ConfigurationException(Reason.of("config.invalid-setting", key, value, why));
    }
}

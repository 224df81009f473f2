package cat.xarxa.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.common.ConfigurationException;
import cat.xarxa.common.XarxaException;
import cat.xarxa.spi.StorageConfig;
import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;

/** Settings that are wrong, missing drivers and unsupported databases: refused with a message that says what to do. */
class JdbcSettingsTest {

    private static StorageConfig settings(Map<String, String> values) {
        return new StorageConfig(values, Map.of());
    }

    @Test
    void withoutUrlOrDataSourceTheDataGoesToTheEmbeddedFile() {
        JdbcSettings read = JdbcSettings.read(settings(Map.of()));

        assertEquals(Optional.of("jdbc:h2:file:./xarxa-data/xarxa"), read.url());
        assertTrue(read.isDefaultDatabase());
        assertTrue(read.migrate());
    }

    @Test
    void migrateMustBeTrueOrFalseNotSomethingThatQuietlyMeansFalse() {
        ConfigurationException refused = assertThrows(ConfigurationException.class,
                () -> JdbcSettings.read(settings(Map.of(JdbcStorageProvider.MIGRATE, "yes"))));

        assertEquals("config.invalid-setting", refused.reason().code());
        assertFalse(JdbcSettings.read(settings(Map.of(JdbcStorageProvider.MIGRATE, "FALSE"))).migrate());
    }

    @Test
    void aUrlAndADataSourceTogetherAreRefused() {
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:mem:unused", "", "");
        try {
            ConfigurationException refused = assertThrows(ConfigurationException.class, () -> JdbcSettings.read(
                    new StorageConfig(Map.of(JdbcStorageProvider.URL, "jdbc:h2:mem:other"),
                            Map.of(JdbcStorageProvider.DATA_SOURCE, pool))));

            assertTrue(refused.getMessage().contains(JdbcStorageProvider.DATA_SOURCE), refused.getMessage());
        } finally {
            pool.dispose();
        }
    }

    @Test
    void aDataSourceKeyHoldingSomethingElseIsRefused() {
        ConfigurationException refused = assertThrows(ConfigurationException.class, () -> JdbcSettings.read(
                new StorageConfig(Map.of(), Map.of(JdbcStorageProvider.DATA_SOURCE, "jdbc:h2:mem:x"))));

        assertTrue(refused.getMessage().contains("javax.sql.DataSource"), refused.getMessage());
    }

    @Test
    void aUrlThatIsNotJdbcIsRefused() {
        assertThrows(ConfigurationException.class,
                () -> JdbcSettings.read(settings(Map.of(JdbcStorageProvider.URL, "postgresql://db/xarxa"))));
    }

    @Test
    void aMissingDriverNamesTheArtifactToAdd() {
        JdbcDrivers none = new JdbcDrivers(List.of(new WithoutDrivers(getClass().getClassLoader())));

        assertTrue(assertThrows(ConfigurationException.class, () -> none.forUrl("jdbc:postgresql://db:5432/xarxa"))
                .getMessage().contains("org.postgresql:postgresql"));
        assertTrue(assertThrows(ConfigurationException.class, () -> none.forUrl("jdbc:mariadb://db:3306/xarxa"))
                .getMessage().contains("org.mariadb.jdbc:mariadb-java-client"));
    }

    @Test
    void theDriversOnTheClassPathAreFound() {
        assertEquals("org.postgresql.Driver",
                JdbcDrivers.visible(JdbcSettingsTest.class.getClassLoader()).forUrl("jdbc:postgresql://db:5432/xarxa").getClass().getName());
        assertEquals("org.mariadb.jdbc.Driver",
                JdbcDrivers.visible(JdbcSettingsTest.class.getClassLoader()).forUrl("jdbc:mariadb://db:3306/xarxa").getClass().getName());
    }

    @Test
    void aDatabaseWithoutSupportIsRefusedNamingThoseThereAre() {
        ConfigurationException refused = assertThrows(ConfigurationException.class, () -> new JdbcStorageProvider()
                .open(settings(Map.of(JdbcStorageProvider.URL, "jdbc:sqlserver://db:1433;databaseName=xarxa"))));

        assertTrue(refused.getMessage().contains("Xarxa supports H2, PostgreSQL and MariaDB"), refused.getMessage());
    }

    @Test
    void aPasswordNeverAppearsInAMessage() {
        XarxaException failed = assertThrows(XarxaException.class, () -> new JdbcStorageProvider().open(settings(Map.of(
                JdbcStorageProvider.URL, "jdbc:postgresql://127.0.0.1:1/xarxa?user=xarxa&password=s3cret&connectTimeout=2"))));

        assertEquals("storage.open-failed", failed.reason().code());
        assertFalse(failed.getMessage().contains("s3cret"), failed.getMessage());
        assertEquals("jdbc:mariadb://xarxa:****@db/xarxa?password=****&ssl=true",
                JdbcUrls.withoutPassword("jdbc:mariadb://xarxa:s3cret@db/xarxa?password=s3cret&ssl=true"));
    }

    /** A class path whose JDBC drivers are not registered. */
    private static final class WithoutDrivers extends ClassLoader {

        WithoutDrivers(ClassLoader parent) {
            super(parent);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return name.equals("META-INF/services/java.sql.Driver") ? Collections.emptyEnumeration() : super.getResources(name);
        }
    }
}

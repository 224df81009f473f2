package cat.xarxa.jdbc;

import cat.xarxa.spi.Storage;
import cat.xarxa.spi.StorageConfig;
import java.util.Map;
import java.util.UUID;

/** The concurrent load on H2, in a database of its own in memory. */
class H2ConcurrentLoadReliabilityTest extends ConcurrentLoadReliabilityTest {

    @Override
    protected Storage openEmptyStorage() {
        return new JdbcStorageProvider().open(new StorageConfig(
                Map.of(JdbcStorageProvider.URL, "jdbc:h2:mem:load-" + UUID.randomUUID()), Map.of()));
    }

    @Override
    protected String databaseName() {
        return "H2";
    }
}

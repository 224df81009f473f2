package cat.xarxa.jdbc;

import cat.xarxa.spi.Storage;
import cat.xarxa.spi.StorageConfig;
import java.util.Map;
import java.util.UUID;

/**
 * The storage contract on H2, with what a database adds to it. Each test gets a database of its
 * own in memory, which is gone once the store closes its connections.
 */
class H2StorageContractTest extends JdbcStorageContract {

    @Override
    protected Storage openEmptyStorage() {
        return new JdbcStorageProvider().open(new StorageConfig(
                Map.of(JdbcStorageProvider.URL, "jdbc:h2:mem:contract-" + UUID.randomUUID()), Map.of()));
    }
}

package cat.xarxa.jdbc;

import cat.xarxa.spi.Storage;
import cat.xarxa.spi.StorageConfig;
import java.util.Map;
import java.util.UUID;

/**
 * Work plans and the good-practices bank on H2. Each test gets a database of its own in memory,
 * which is gone once the store closes its connections.
 */
class H2PlansAndPracticesTest extends JdbcPracticeRecordsContract {

    @Override
    protected Storage openEmptyStorage() {
        return new JdbcStorageProvider().open(new StorageConfig(
                Map.of(JdbcStorageProvider.URL, "jdbc:h2:mem:plans-" + UUID.randomUUID()), Map.of()));
    }
}

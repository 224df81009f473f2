package cat.xarxa.jdbc;

import cat.xarxa.spi.Storage;

/** The concurrent load on a MariaDB server. */
@RequiresDatabase(variable = MariaDbStorageContractTest.URL_VARIABLE, database = "MariaDB",
        example = "jdbc:mariadb://127.0.0.1:3306/xarxa_test?user=root")
class MariaDbConcurrentLoadReliabilityTest extends ConcurrentLoadReliabilityTest {

    @Override
    protected Storage openEmptyStorage() {
        return ServerDatabase.openEmptyStorage(
                RequiresDatabaseCondition.urlIn(MariaDbStorageContractTest.URL_VARIABLE).orElseThrow());
    }

    @Override
    protected String databaseName() {
        return "MariaDB";
    }
}

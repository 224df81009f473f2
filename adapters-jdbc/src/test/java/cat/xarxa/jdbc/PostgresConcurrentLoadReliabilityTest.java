package cat.xarxa.jdbc;

import cat.xarxa.spi.Storage;

/** The concurrent load on a PostgreSQL server. */
@RequiresDatabase(variable = PostgresStorageContractTest.URL_VARIABLE, database = "PostgreSQL",
        example = "jdbc:postgresql://127.0.0.1:5432/xarxa_test?user=postgres")
class PostgresConcurrentLoadReliabilityTest extends ConcurrentLoadReliabilityTest {

    @Override
    protected Storage openEmptyStorage() {
        return ServerDatabase.openEmptyStorage(
                RequiresDatabaseCondition.urlIn(PostgresStorageContractTest.URL_VARIABLE).orElseThrow());
    }

    @Override
    protected String databaseName() {
        return "PostgreSQL";
    }
}

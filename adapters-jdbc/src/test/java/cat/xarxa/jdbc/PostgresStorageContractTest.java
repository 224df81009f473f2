package cat.xarxa.jdbc;

import cat.xarxa.spi.Storage;

/** The storage contract on a PostgreSQL server, with what a database adds to it. */
@RequiresDatabase(variable = PostgresStorageContractTest.URL_VARIABLE, database = "PostgreSQL",
        example = "jdbc:postgresql://127.0.0.1:5432/xarxa_test?user=postgres")
class PostgresStorageContractTest extends JdbcStorageContract {

    static final String URL_VARIABLE = "XARXA_TEST_POSTGRES_URL";

    @Override
    protected Storage openEmptyStorage() {
        return ServerDatabase.openEmptyStorage(RequiresDatabaseCondition.urlIn(URL_VARIABLE).orElseThrow());
    }
}

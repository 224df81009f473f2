package cat.xarxa.jdbc;

import cat.xarxa.spi.Storage;

/** The storage contract on a MariaDB server, with what a database adds to it. */
@RequiresDatabase(variable = MariaDbStorageContractTest.URL_VARIABLE, database = "MariaDB",
        example = "jdbc:mariadb://127.0.0.1:3306/xarxa_test?user=root")
class MariaDbStorageContractTest extends JdbcStorageContract {

    static final String URL_VARIABLE = "XARXA_TEST_MARIADB_URL";

    @Override
    protected Storage openEmptyStorage() {
        return ServerDatabase.openEmptyStorage(RequiresDatabaseCondition.urlIn(URL_VARIABLE).orElseThrow());
    }
}

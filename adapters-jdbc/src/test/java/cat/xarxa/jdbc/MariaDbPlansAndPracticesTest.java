package cat.xarxa.jdbc;

import cat.xarxa.spi.Storage;

/** Work plans and the good-practices bank on a MariaDB server. */
@RequiresDatabase(variable = MariaDbStorageContractTest.URL_VARIABLE, database = "MariaDB",
        example = "jdbc:mariadb://127.0.0.1:3306/xarxa_test?user=root")
class MariaDbPlansAndPracticesTest extends JdbcPracticeRecordsContract {

    @Override
    protected Storage openEmptyStorage() {
        return ServerDatabase.openEmptyStorage(
                RequiresDatabaseCondition.urlIn(MariaDbStorageContractTest.URL_VARIABLE).orElseThrow());
    }
}

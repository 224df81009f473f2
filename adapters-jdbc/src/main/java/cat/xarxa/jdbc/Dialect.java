package cat.xarxa.jdbc;

import java.util.Arrays;
import java.util.Optional;

/** The databases the adapter has schema scripts for, told apart by the product name their driver reports. */
enum Dialect {
    H2("H2", "h2",
            "SELECT NEXT VALUE FOR xarxa_journal_sequence FROM SYSTEM_RANGE(1, ?)"),
    POSTGRESQL("PostgreSQL", "postgresql",
            "SELECT nextval('xarxa_journal_sequence') FROM generate_series(1, ?)"),
    MARIADB("MariaDB", "mariadb",
            "WITH RECURSIVE counter (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM counter WHERE n < ?)"
                    + " SELECT NEXTVAL(xarxa_journal_sequence) FROM counter");

    private final String productName;
    private final String folder;
    private final String nextJournalSequences;

    Dialect(String productName, String folder, String nextJournalSequences) {
        this.productName = productName;
        this.folder = folder;
        this.nextJournalSequences = nextJournalSequences;
    }

    /** A query that takes the next {@code ?} numbers of the journal's sequence in one round trip. */
    String nextJournalSequences() {
        return nextJournalSequences;
    }

    /** The dialect of a product name as {@link java.sql.DatabaseMetaData#getDatabaseProductName()} gives it. */
    static Optional<Dialect> of(String productName) {
        return Arrays.stream(values()).filter(d -> d.productName.equalsIgnoreCase(productName)).findFirst();
    }

    /** The name the driver reports, e.g. {@code PostgreSQL}. */
    String productName() {
        return productName;
    }

    /** The Flyway location of this database's scripts, e.g. {@code classpath:cat/xarxa/jdbc/schema/h2}. */
    String schemaLocation() {
        return JdbcStorageProvider.SCHEMA_LOCATION + "/" + folder;
    }
}

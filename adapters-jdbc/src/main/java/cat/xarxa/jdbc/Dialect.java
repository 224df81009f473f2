package cat.xarxa.jdbc;

import java.util.Arrays;
import java.util.Optional;

/** The databases the adapter has schema scripts for, told apart by the product name their driver reports. */
enum Dialect {
    H2("H2", "h2"),
    POSTGRESQL("PostgreSQL", "postgresql"),
    MARIADB("MariaDB", "mariadb");

    private final String productName;
    private final String folder;

    Dialect(String productName, String folder) {
        this.productName = productName;
        this.folder = folder;
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

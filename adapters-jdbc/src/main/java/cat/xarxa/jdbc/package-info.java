/**
 * Storage on JDBC: the network's data in H2 (embedded, the default), PostgreSQL or MariaDB.
 * The one public type is {@link cat.xarxa.jdbc.JdbcStorageProvider}, which
 * {@link java.util.ServiceLoader} finds; everything else is internal.
 */
package cat.xarxa.jdbc;

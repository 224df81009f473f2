package cat.xarxa.jdbc;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tests that run against a database server, only where an environment variable gives its JDBC
 * URL. Elsewhere they are skipped with a message that says how to run them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresDatabaseCondition.class)
@interface RequiresDatabase {

    /** The environment variable that holds the full JDBC URL, user included. */
    String variable();

    /** The database, as the skip message names it, e.g. {@code PostgreSQL}. */
    String database();

    /** A URL that works for a local server, shown in the skip message. */
    String example();
}

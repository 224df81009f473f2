package cat.xarxa.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a few queries with the same parameter, e.g. a record's row and each kind of its child rows
 * by the record's id, and reads their results side by side into a list, for a lookup small enough
 * to hold; the results are closed before it returns. The statements are the unit of work's own,
 * prepared once and reused.
 */
final class SideBySideQueries {

    private SideBySideQueries() {
    }

    /**
     * @param sqls    the queries, each with one placeholder, in the order the reader takes them
     * @param reading what is being read, for messages, e.g. {@code reading work plan 5f0c...}
     */
    static <T> List<T> read(Statements statements, Database database, List<String> sqls, String parameter,
                            String reading, RowStream.SideBySideReaderFactory<T> readers) {
        List<ResultSet> results = new ArrayList<>();
        try {
            try {
                for (String sql : sqls) {
                    PreparedStatement query = statements.prepare(sql);
                    query.setString(1, parameter);
                    results.add(query.executeQuery());
                }
                return RowStream.toList(readers.readerOf(results));
            } finally {
                for (ResultSet result : results) {
                    result.close();
                }
            }
        } catch (SQLException e) {
            throw database.failure(reading, e);
        }
    }
}

package cat.xarxa.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a record's queries read side by side (its rows and each kind of its child rows, ordered
 * alike) with the same parameters in each, and reads what they find into a list, for a lookup
 * whose result is small enough to hold: one event, the decisions of one assembly. The results are
 * closed before it returns; the statements are the unit of work's, prepared once.
 */
final class SideBySideQueries {

    /** Sets the parameters of one of the queries; every query takes the same ones. */
    @FunctionalInterface
    interface QueryParameters {
        void bind(PreparedStatement query) throws SQLException;
    }

    private SideBySideQueries() {
    }

    /**
     * Runs the queries and reads their results side by side to the end.
     *
     * @param reading what is being read, for messages, e.g. {@code reading event 5f0c...}
     */
    static <T> List<T> read(Statements statements, Database database, List<String> sqls, QueryParameters parameters,
                            String reading, RowStream.SideBySideReaderFactory<T> readers) {
        List<ResultSet> results = new ArrayList<>();
        try {
            try {
                for (String sql : sqls) {
                    PreparedStatement query = statements.prepare(sql);
                    parameters.bind(query);
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

    /** As {@link #read(Statements, Database, List, QueryParameters, String, RowStream.SideBySideReaderFactory)}, each query taking one text parameter, e.g. an id. */
    static <T> List<T> read(Statements statements, Database database, List<String> sqls, String parameter,
                            String reading, RowStream.SideBySideReaderFactory<T> readers) {
        return read(statements, database, sqls, query -> query.setString(1, parameter), reading, readers);
    }
}

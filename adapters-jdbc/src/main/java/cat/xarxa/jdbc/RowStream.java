package cat.xarxa.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every member, person, partner, need, contact, meeting, fee policy, assessment, payment, hour
 * bank, ledger entry, advisory, advisory product, mentor profile or mentorship, as a stream read
 * from one open result set (or, for advisories and mentorships, a few read side by side), one at
 * a time, so an export never holds the whole network in memory. Closing the stream closes the
 * queries; the end of the unit of work does too.
 *
 * @param <T> what each row, or group of consecutive rows, makes: a member, a person, a need...
 */
final class RowStream<T> extends Spliterators.AbstractSpliterator<T> {

    /** Reads the next item from the rows it was given, or empty when they are used up. */
    @FunctionalInterface
    interface Reader<T> {
        Optional<T> next() throws SQLException;
    }

    /** Starts a reader on a result set positioned before its first row. */
    @FunctionalInterface
    interface ReaderFactory<T> {
        Reader<T> readerOf(ResultSet rows) throws SQLException;
    }

    /** Starts a reader on several result sets read side by side, each positioned before its first row. */
    @FunctionalInterface
    interface SideBySideReaderFactory<T> {
        Reader<T> readerOf(List<ResultSet> rows) throws SQLException;
    }

    private final Reader<T> reader;
    private final Database database;
    private final String reading;

    private RowStream(Reader<T> reader, Database database, String reading) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.DISTINCT);
        this.reader = reader;
        this.database = database;
        this.reading = reading;
    }

    /**
     * Prepares a query of its own, runs it and streams what it finds, read as consumed; the
     * statement is released when the stream is closed, or at once if the query fails.
     *
     * @param reading what is being read, for messages, e.g. {@code every member}
     */
    static <T> Stream<T> streaming(Statements statements, Database database, String sql, int fetchSize,
                                   String reading, ReaderFactory<T> readers) {
        try {
            PreparedStatement query = statements.prepareStreaming(sql, fetchSize);
            try {
                return of(query, statements, database, reading, readers);
            } catch (SQLException | RuntimeException e) {
                statements.release(query);
                throw e;
            }
        } catch (SQLException e) {
            throw database.failure("reading " + reading, e);
        }
    }

    /**
     * Prepares queries of their own, runs them all and streams what a reader makes of their
     * results read side by side, e.g. advisories and each kind of their child rows, all in the
     * same order; the statements are released when the stream is closed, or at once if a query
     * fails.
     *
     * @param reading what is being read, for messages, e.g. {@code every advisory}
     */
    static <T> Stream<T> streamingSideBySide(Statements statements, Database database, List<String> sqls,
                                             int fetchSize, String reading, SideBySideReaderFactory<T> readers) {
        List<PreparedStatement> queries = new ArrayList<>();
        try {
            try {
                List<ResultSet> results = new ArrayList<>();
                for (String sql : sqls) {
                    PreparedStatement query = statements.prepareStreaming(sql, fetchSize);
                    queries.add(query);
                    results.add(query.executeQuery());
                }
                Reader<T> reader = readers.readerOf(results);
                return StreamSupport.stream(new RowStream<>(reader, database, reading), false)
                        .onClose(() -> {
                            try {
                                releaseAll(statements, queries);
                            } catch (SQLException e) {
                                throw database.failure("closing the stream of " + reading, e);
                            }
                        });
            } catch (SQLException | RuntimeException e) {
                try {
                    releaseAll(statements, queries);
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw database.failure("reading " + reading, e);
        }
    }

    /** Releases every statement, each closing its result, even if one fails to. */
    private static void releaseAll(Statements statements, List<PreparedStatement> queries) throws SQLException {
        SQLException first = null;
        for (PreparedStatement query : queries) {
            try {
                statements.release(query);
            } catch (SQLException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** Everything the reader has left, for a query whose result is small enough to hold. */
    static <T> List<T> toList(Reader<T> reader) throws SQLException {
        List<T> all = new ArrayList<>();
        for (Optional<T> next = reader.next(); next.isPresent(); next = reader.next()) {
            all.add(next.get());
        }
        return all;
    }

    /**
     * Runs the query and streams what it finds; the statement is released when the stream is closed.
     *
     * @param reading what is being read, for messages, e.g. {@code every member}
     */
    static <T> Stream<T> of(PreparedStatement query, Statements statements, Database database, String reading,
                            ReaderFactory<T> readers) throws SQLException {
        ResultSet result = query.executeQuery();
        Reader<T> reader;
        try {
            reader = readers.readerOf(result);
        } catch (SQLException | RuntimeException e) {
            result.close();
            throw e;
        }
        return StreamSupport.stream(new RowStream<>(reader, database, reading), false).onClose(() -> {
            try {
                result.close();
                statements.release(query);
            } catch (SQLException e) {
                throw database.failure("closing the stream of " + reading, e);
            }
        });
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
        Optional<T> next;
        try {
            next = reader.next();
        } catch (SQLException e) {
            throw database.failure("reading " + reading, e);
        }
        next.ifPresent(action);
        return next.isPresent();
    }
}

package cat.xarxa.jdbc;

import cat.xarxa.member.Member;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every member as a stream read from one open result set, one member at a time, so an export
 * never holds the whole network in memory. Closing the stream closes the query; the end of the
 * unit of work does too.
 */
final class MemberStream extends Spliterators.AbstractSpliterator<Member> {

    private final MemberRows rows;
    private final Database database;

    private MemberStream(MemberRows rows, Database database) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.DISTINCT);
        this.rows = rows;
        this.database = database;
    }

    /** Runs the query and streams what it finds; the statement is released when the stream is closed. */
    static Stream<Member> of(PreparedStatement query, Statements statements, Database database) throws SQLException {
        ResultSet result = query.executeQuery();
        MemberStream members = new MemberStream(new MemberRows(result, database), database);
        return StreamSupport.stream(members, false).onClose(() -> {
            try {
                result.close();
                statements.release(query);
            } catch (SQLException e) {
                throw database.failure("closing the stream of members", e);
            }
        });
    }

    @Override
    public boolean tryAdvance(Consumer<? super Member> action) {
        Optional<Member> next;
        try {
            next = rows.next();
        } catch (SQLException e) {
            throw database.failure("reading every member", e);
        }
        next.ifPresent(action);
        return next.isPresent();
    }
}

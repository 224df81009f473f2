package cat.xarxa.jdbc;

import cat.xarxa.common.ConcurrentUpdateException;
import cat.xarxa.member.MemberId;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * A log of records about members that only grows, e.g. the contacts with them, within one unit
 * of work. A record is inserted once and never updated; one whose id is stored already breaks
 * the primary key at the flush, which is a {@link ConcurrentUpdateException}.
 *
 * <p>New records are written behind: they wait in {@link PendingRecords} and go to the
 * database through a {@link BatchInsert} when {@link #flush()} runs, after the members the unit
 * of work holds back, which the records' foreign key wants there first. The records of a member
 * are read from the database and the waiting ones together, so an import that checks each
 * record against its member's log still writes them in batches.
 *
 * @param <T> one record of the log
 */
final class AppendOnlyLog<T> {

    /**
     * Reads the stored records of a member, in the log's order.
     *
     * @param <T> one record of the log
     */
    @FunctionalInterface
    interface StoredRecords<T> {

        /** The stored records, in a list that may grow. */
        List<T> read() throws SQLException;
    }

    private final Statements statements;
    private final Database database;
    private final Runnable writeMembersFirst;
    private final PendingRecords<T> pending;
    private final BatchInsert<T> inserts;
    private final Function<T, MemberId> memberOf;
    private final Comparator<T> order;

    /**
     * @param writeMembersFirst writes the members the unit of work holds back, which the
     *                          records' foreign key wants in the database first (for payments,
     *                          the assessments they name too)
     * @param order             the order of a member's records, as the query sorts them
     */
    AppendOnlyLog(Statements statements, Database database, Runnable writeMembersFirst, PendingRecords<T> pending,
                  BatchInsert<T> inserts, Function<T, MemberId> memberOf, Comparator<T> order) {
        this.statements = statements;
        this.database = database;
        this.writeMembersFirst = writeMembersFirst;
        this.pending = pending;
        this.inserts = inserts;
        this.memberOf = memberOf;
        this.order = order;
    }

    /**
     * Adds a record to the log.
     *
     * @throws ConcurrentUpdateException if one with the same id waits already; one stored already
     *                                   is refused at the flush
     */
    void add(T record) {
        pending.holdBack(record, this::flush);
    }

    /**
     * The records of a member, stored or waiting, in the log's order.
     *
     * @param reading what reading the stored ones is, as a failure names it
     */
    List<T> of(MemberId member, String reading, StoredRecords<T> stored) {
        List<T> found;
        try {
            found = stored.read();
        } catch (SQLException e) {
            throw database.failure(reading, e);
        }
        return pending.addWaiting(found, record -> memberOf.apply(record).equals(member), order);
    }

    /**
     * Writes the waiting members, then the pending new records.
     *
     * @throws ConcurrentUpdateException if a record with the same id is stored already
     */
    void flush() {
        writeMembersFirst.run();
        if (pending.isEmpty()) {
            return;
        }
        inserts.insert(statements, database, pending.drain());
    }
}

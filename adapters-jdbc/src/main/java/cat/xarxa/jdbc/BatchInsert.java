package cat.xarxa.jdbc;

import cat.xarxa.common.ConcurrentUpdateException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Writes new records that waited in a unit of work, in JDBC batches: the records, then each
 * kind of child row in the order given, each in one batch. A kind no record has rows of takes
 * no batch, so records that start without children cost one round trip per batch of records.
 *
 * @param <T> the record
 */
final class BatchInsert<T> {

    private final String aggregateType;
    private final String newRecords;
    private final Function<T, String> idOf;
    private final String insertSql;
    private final RowBinder<T> binder;
    private final List<Children<T, ?>> children = new ArrayList<>();

    /** One kind of child rows, and where a record keeps them. */
    private record Children<T, C>(ChildRows<C> rows, Function<T, ? extends Collection<? extends C>> of) {

        int addTo(PreparedStatement insert, String id, T record) throws SQLException {
            return rows.addTo(insert, id, of.apply(record));
        }
    }

    /**
     * @param newRecords names a batch of several in messages, e.g. {@code new needs}
     * @param binder     sets every parameter of the insert from a record
     */
    BatchInsert(String aggregateType, String newRecords, Function<T, String> idOf, String insertSql,
                RowBinder<T> binder) {
        this.aggregateType = aggregateType;
        this.newRecords = newRecords;
        this.idOf = idOf;
        this.insertSql = insertSql;
        this.binder = binder;
    }

    /** Also inserts these child rows of each record, after the records and the kinds added before. */
    <C> BatchInsert<T> withChildren(ChildRows<C> rows, Function<T, ? extends Collection<? extends C>> of) {
        children.add(new Children<>(rows, of));
        return this;
    }

    /**
     * Inserts the records and their children.
     *
     * @throws ConcurrentUpdateException if another unit of work stored a record with the same
     *                                   id or unique key
     */
    void insert(Statements statements, Database database, List<T> records) {
        try {
            PreparedStatement insert = statements.prepare(insertSql);
            List<PreparedStatement> childInserts = new ArrayList<>();
            for (Children<T, ?> kind : children) {
                childInserts.add(kind.rows().prepareInsert(statements));
            }
            int[] childRows = new int[children.size()];
            for (T record : records) {
                binder.bind(insert, record);
                insert.addBatch();
                String id = idOf.apply(record);
                for (int kind = 0; kind < children.size(); kind++) {
                    childRows[kind] += children.get(kind).addTo(childInserts.get(kind), id, record);
                }
            }
            insert.executeBatch();
            for (int kind = 0; kind < children.size(); kind++) {
                if (childRows[kind] > 0) {
                    childInserts.get(kind).executeBatch();
                }
            }
        } catch (SQLException e) {
            String ids = records.size() == 1 ? idOf.apply(records.get(0)) : records.size() + " " + newRecords;
            throw SqlStates.savingFailure(database, aggregateType, ids, ids, e);
        }
    }
}

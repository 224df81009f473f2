package cat.xarxa.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/**
 * The rows of one child table of a record, e.g. a member's history or a need's follow-up log,
 * keyed by the owner's id in the first parameter of each statement. They are written whole:
 * appended in a batch with their owner, or, for an owner that changed, deleted and inserted
 * again, which is simpler than finding what changed, and an owner has few. Rows that are a
 * ledger, e.g. an assessment's corrections, are never rewritten: an owner that changed only
 * gains the rows past those stored.
 *
 * @param <C> one child, e.g. a step of a member's history
 */
final class ChildRows<C> {

    /**
     * Sets the parameters of one child row after the owner's id, from the second on.
     *
     * @param <C> one child
     */
    @FunctionalInterface
    interface Binder<C> {

        /**
         * @param position where the child stands among its owner's, from 0, for the tables that
         *                 keep the order
         */
        void bind(PreparedStatement insert, int position, C child) throws SQLException;
    }

    private final String deleteSql;
    private final String insertSql;
    private final Binder<C> binder;

    private ChildRows(String deleteSql, String insertSql, Binder<C> binder) {
        this.deleteSql = deleteSql;
        this.insertSql = insertSql;
        this.binder = binder;
    }

    /** Child rows that are inserted with their owner and replaced whole when it changes. */
    static <C> ChildRows<C> replacedBy(String deleteSql, String insertSql, Binder<C> binder) {
        return new ChildRows<>(deleteSql, insertSql, binder);
    }

    /** Child rows of an owner that is only ever added, never changed, e.g. a meeting's attendees. */
    static <C> ChildRows<C> appendedBy(String insertSql, Binder<C> binder) {
        return new ChildRows<>(null, insertSql, binder);
    }

    /** The statement that inserts one child row, to batch the children of many owners. */
    PreparedStatement prepareInsert(Statements statements) throws SQLException {
        return statements.prepare(insertSql);
    }

    /** Adds an owner's children to the insert's batch, each at its position; how many it added. */
    int addTo(PreparedStatement insert, String ownerId, Collection<? extends C> children) throws SQLException {
        int position = 0;
        for (C child : children) {
            insert.setString(1, ownerId);
            binder.bind(insert, position, child);
            insert.addBatch();
            position++;
        }
        return children.size();
    }

    /**
     * Inserts an owner's children from a position on in one batch, those before it being stored
     * already, e.g. the corrections made to an assessment since it was read. The caller has
     * updated the owner's row before, which locks it, so nobody else adds children meanwhile.
     *
     * @param first the position of the first child to insert, from 0
     */
    void appendFrom(Statements statements, String ownerId, List<? extends C> children, int first) throws SQLException {
        if (first >= children.size()) {
            return;
        }
        PreparedStatement insert = prepareInsert(statements);
        for (int position = first; position < children.size(); position++) {
            insert.setString(1, ownerId);
            binder.bind(insert, position, children.get(position));
            insert.addBatch();
        }
        insert.executeBatch();
    }

    /**
     * Deletes an owner's child rows and inserts its children in one batch. The caller has updated
     * the owner's row before, which locks it, so nobody else writes its children meanwhile.
     */
    void replace(Statements statements, String ownerId, Collection<? extends C> children) throws SQLException {
        delete(statements, ownerId);
        insert(statements, ownerId, children);
    }

    /**
     * Deletes an owner's child rows, the first half of {@link #replace}, for rows that others
     * name with a foreign key: they go before the rows they name are replaced, and come back
     * after them with {@link #insert}.
     */
    void delete(Statements statements, String ownerId) throws SQLException {
        if (deleteSql == null) {
            throw new IllegalStateException("these rows are only appended: " + insertSql);
        }
        PreparedStatement delete = statements.prepare(deleteSql);
        delete.setString(1, ownerId);
        delete.executeUpdate();
    }

    /** Inserts an owner's children in one batch, none of them being stored: the second half of {@link #replace}. */
    void insert(Statements statements, String ownerId, Collection<? extends C> children) throws SQLException {
        if (children.isEmpty()) {
            return;
        }
        PreparedStatement insert = prepareInsert(statements);
        addTo(insert, ownerId, children);
        insert.executeBatch();
    }
}

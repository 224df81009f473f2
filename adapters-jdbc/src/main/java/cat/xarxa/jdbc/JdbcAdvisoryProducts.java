package cat.xarxa.jdbc;

import cat.xarxa.advisory.AdvisoryId;
import cat.xarxa.advisory.AdvisoryProduct;
import cat.xarxa.advisory.ProductId;
import cat.xarxa.advisory.ProductKind;
import cat.xarxa.common.ConcurrentUpdateException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The materials advisories produced, in table {@code xarxa_advisory_product}, one row each, within
 * one unit of work: the product part of {@link JdbcAdvisoryRecords}. A product is written at once,
 * inserted at version 0 and then updated optimistically, as when it is published.
 */
final class JdbcAdvisoryProducts {

    /** Rows per round trip while streaming every product. */
    static final int FETCH_SIZE = 500;

    private static final String PRODUCTS = "SELECT id, advisory_id, topic, kind, title, summary, link, published, version"
            + " FROM xarxa_advisory_product";
    private static final String FIND = PRODUCTS + " WHERE id = ?";
    private static final String ALL = PRODUCTS + " ORDER BY id";
    private static final String INSERT = "INSERT INTO xarxa_advisory_product (id, advisory_id, topic, kind, title,"
            + " summary, link, published, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)";
    private static final String UPDATE = "UPDATE xarxa_advisory_product SET advisory_id = ?, topic = ?, kind = ?,"
            + " title = ?, summary = ?, link = ?, published = ?, version = version + 1 WHERE id = ? AND version = ?";

    private static final int ID = 1;
    private static final int ADVISORY = 2;
    private static final int TOPIC = 3;
    private static final int KIND = 4;
    private static final int TITLE = 5;
    private static final int SUMMARY = 6;
    private static final int LINK = 7;
    private static final int PUBLISHED = 8;
    private static final int VERSION = 9;

    private static final BatchInsert<AdvisoryProduct> NEW_PRODUCT = new BatchInsert<>(AdvisoryProduct.AGGREGATE_TYPE,
            "new advisory products", product -> product.id().toString(), INSERT, (insert, product) -> {
                insert.setString(1, product.id().toString());
                bindColumns(insert, 2, product);
            });
    private static final OptimisticUpdate<AdvisoryProduct> UPDATE_PRODUCT = new OptimisticUpdate<>(UPDATE,
            AdvisoryProduct.AGGREGATE_TYPE, 7, (update, product) -> bindColumns(update, 1, product));

    private final Statements statements;
    private final Database database;

    JdbcAdvisoryProducts(Statements statements, Database database) {
        this.statements = statements;
        this.database = database;
    }

    /** Binds a product's columns after its id, seven from {@code first} on. */
    private static void bindColumns(PreparedStatement statement, int first, AdvisoryProduct product)
            throws SQLException {
        statement.setString(first, product.advisory().toString());
        statement.setString(first + 1, product.topic());
        statement.setString(first + 2, product.kind().name());
        statement.setString(first + 3, product.title());
        statement.setString(first + 4, product.summary());
        statement.setString(first + 5, product.link());
        statement.setBoolean(first + 6, product.published());
    }

    /** The product with this id, if stored. */
    Optional<AdvisoryProduct> find(ProductId id) {
        try {
            PreparedStatement query = statements.prepare(FIND);
            query.setString(1, id.toString());
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(productIn(rows, database)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw database.failure("reading advisory product " + id, e);
        }
    }

    /**
     * Inserts a new product (version 0), or updates a stored one if it is still at the product's version.
     *
     * @return the version now stored
     * @throws ConcurrentUpdateException if a product with the id is stored already, or another unit
     *                                   of work saved this one first
     */
    long save(AdvisoryProduct product) {
        String id = product.id().toString();
        long expected = product.version();
        if (expected == 0) {
            NEW_PRODUCT.insert(statements, database, List.of(product));
            return 1;
        }
        try {
            UPDATE_PRODUCT.run(statements, product, id, expected);
            return expected + 1;
        } catch (SQLException e) {
            throw SqlStates.savingFailure(database, AdvisoryProduct.AGGREGATE_TYPE, id, "advisory product " + id, e);
        }
    }

    /** Every product in id order, read as consumed. */
    Stream<AdvisoryProduct> all() {
        return RowStream.streaming(statements, database, ALL, FETCH_SIZE, "every advisory product",
                rows -> () -> rows.next() ? Optional.of(productIn(rows, database)) : Optional.empty());
    }

    /** The product on the current row. */
    private static AdvisoryProduct productIn(ResultSet rows, Database database) throws SQLException {
        String id = rows.getString(ID);
        try {
            return new AdvisoryProduct(ProductId.parse(id), AdvisoryId.parse(rows.getString(ADVISORY)),
                    rows.getString(TOPIC), ProductKind.valueOf(rows.getString(KIND)), rows.getString(TITLE),
                    rows.getString(SUMMARY), rows.getString(LINK), rows.getBoolean(PUBLISHED), rows.getLong(VERSION));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw database.failure("reading advisory product " + id
                    + ", which is stored in a state no product can have", e);
        }
    }
}

package cat.xarxa.jdbc;

import cat.xarxa.common.ConcurrentUpdateException;
import cat.xarxa.member.PersonId;
import cat.xarxa.partner.Partner;
import cat.xarxa.partner.PartnerId;
import cat.xarxa.partner.PartnerKind;
import cat.xarxa.partner.Partners;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The partner organisations in table {@code xarxa_partner}, one row each, within one unit of
 * work. The name is unique in the table: two units of work that register the same name at once
 * cannot both commit, and the second gets a {@link ConcurrentUpdateException}.
 *
 * <p>New partners are written behind, as new members are ({@link JdbcMembers}): they wait in
 * {@link PendingRecords}, where lookups by id and by name find them, and go to the database in
 * one JDBC batch when {@link #flush()} runs, which happens before {@link #all()}, before an
 * update, when the batch is full, and before commit. A changed partner is written at once.
 */
final class JdbcPartners implements Partners {

    /** Rows per round trip while streaming every partner. */
    static final int FETCH_SIZE = 500;

    private static final String PARTNERS = "SELECT id, name, kind, website, contact_person_id, version FROM xarxa_partner";
    private static final String FIND_BY_ID = PARTNERS + " WHERE id = ?";
    private static final String FIND_BY_NAME = PARTNERS + " WHERE name = ?";
    private static final String ALL = PARTNERS + " ORDER BY id";
    private static final String INSERT = "INSERT INTO xarxa_partner (id, name, kind, website, contact_person_id, version)"
            + " VALUES (?, ?, ?, ?, ?, 1)";
    private static final String UPDATE = "UPDATE xarxa_partner SET name = ?, kind = ?, website = ?, contact_person_id = ?,"
            + " version = version + 1 WHERE id = ? AND version = ?";

    private static final int ID = 1;
    private static final int NAME = 2;
    private static final int KIND = 3;
    private static final int WEBSITE = 4;
    private static final int CONTACT_PERSON = 5;
    private static final int VERSION = 6;

    private static final BatchInsert<Partner> NEW_PARTNERS = new BatchInsert<>(Partner.AGGREGATE_TYPE,
            "new partners", partner -> partner.id().toString(), INSERT, (insert, partner) -> {
                insert.setString(1, partner.id().toString());
                insert.setString(2, partner.name());
                insert.setString(3, partner.kind().name());
                insert.setString(4, partner.website());
                Parameters.setPerson(insert, 5, partner.contactPerson());
            });
    private static final OptimisticUpdate<Partner> UPDATE_PARTNER =
            new OptimisticUpdate<>(UPDATE, Partner.AGGREGATE_TYPE, 4, (update, partner) -> {
                update.setString(1, partner.name());
                update.setString(2, partner.kind().name());
                update.setString(3, partner.website());
                Parameters.setPerson(update, 4, partner.contactPerson());
            });

    private final Statements statements;
    private final Database database;
    private final PendingRecords<Partner> pending =
            PendingRecords.byIdAndKey(Partner.AGGREGATE_TYPE, partner -> partner.id().toString(), Partner::name);

    JdbcPartners(Statements statements, Database database) {
        this.statements = statements;
        this.database = database;
    }

    @Override
    public Optional<Partner> find(PartnerId id) {
        Optional<Partner> waiting = pending.find(id.toString());
        if (waiting.isPresent()) {
            return waiting;
        }
        return readOne(FIND_BY_ID, id.toString(), "reading partner " + id);
    }

    @Override
    public Optional<Partner> findByName(String name) {
        Optional<Partner> waiting = pending.findByKey(name);
        if (waiting.isPresent()) {
            return waiting;
        }
        return readOne(FIND_BY_NAME, name, "reading the partner named " + name);
    }

    private Optional<Partner> readOne(String sql, String parameter, String reading) {
        try {
            PreparedStatement query = statements.prepare(sql);
            query.setString(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(partnerIn(rows, database)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw database.failure(reading, e);
        }
    }

    @Override
    public long save(Partner partner) {
        String id = partner.id().toString();
        long expected = partner.version();
        if (expected == 0) {
            return pending.holdBack(partner.withVersion(1), this::flush);
        }
        flush();
        try {
            UPDATE_PARTNER.run(statements, partner, id, expected);
            return expected + 1;
        } catch (SQLException e) {
            // A name another partner holds breaks the unique key (class 23): a conflict, as on insert.
            throw SqlStates.savingFailure(database, Partner.AGGREGATE_TYPE, id, "partner " + id, e);
        }
    }

    /**
     * Writes the pending new partners in one batch.
     *
     * @throws ConcurrentUpdateException if another unit of work stored the same id or name
     */
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        NEW_PARTNERS.insert(statements, database, pending.drain());
    }

    @Override
    public Stream<Partner> all() {
        flush();
        return RowStream.streaming(statements, database, ALL, FETCH_SIZE, "every partner",
                rows -> () -> rows.next() ? Optional.of(partnerIn(rows, database)) : Optional.empty());
    }

    /** The partner on the current row. */
    private static Partner partnerIn(ResultSet rows, Database database) throws SQLException {
        String id = rows.getString(ID);
        String contactPerson = rows.getString(CONTACT_PERSON);
        try {
            return new Partner(PartnerId.parse(id), rows.getString(NAME), PartnerKind.valueOf(rows.getString(KIND)),
                    rows.getString(WEBSITE), contactPerson == null ? null : PersonId.parse(contactPerson),
                    rows.getLong(VERSION));
        } catch (IllegalArgumentException e) {
            throw database.failure("reading partner " + id + ", which is stored in a state no partner can have", e);
        }
    }
}

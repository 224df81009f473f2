package cat.xarxa.jdbc;

import cat.xarxa.common.ConcurrentUpdateException;
import cat.xarxa.member.People;
import cat.xarxa.member.Person;
import cat.xarxa.member.PersonEvent;
import cat.xarxa.member.PersonId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The people in tables {@code xarxa_person} and {@code xarxa_person_expertise}, within one unit
 * of work. A person and its areas of expertise are read in one query, the union of the person's
 * row and its tag rows (see {@link PersonRows}); {@link #all()} streams the same union for every
 * person, and the directory of expertise ({@link #withExpertise}) is the same union again,
 * narrowed to the people with the tag.
 *
 * <p>New people are written behind, as new members are ({@link JdbcMembers}): they wait in
 * {@link PendingRecords} and go to the database in two JDBC batches, people then tags, when
 * {@link #flush()} runs, which happens before anything reads the tables as a whole, before an
 * update, when the batch is full, and before commit. An import that brings a directory of people
 * therefore pays for its lookups only. A changed person is written at once: the person, then its
 * tags, replaced whole.
 */
final class JdbcPeople implements People {

    /** Rows per round trip while streaming every person. */
    static final int FETCH_SIZE = 500;

    /** Each person's own row, as the first part of the union {@link PersonRows} reads. */
    private static final String PEOPLE = "SELECT p.id, " + PersonRows.PERSON_ROW + " AS row_type,"
            + " p.name, p.email, p.phone, p.version, NULL AS tag FROM xarxa_person p";
    /** The tags, as the second part of the union; the person's own columns stay empty. */
    private static final String AND_TAGS = " UNION ALL SELECT e.person_id, " + PersonRows.TAG_ROW + ","
            + " NULL, NULL, NULL, NULL, e.tag FROM xarxa_person_expertise e";
    /**
     * By id, in the collation both tables give their id column, then the person's row before its
     * tags (column 2, the row type). The order of the tags does not matter: a person keeps them sorted.
     */
    private static final String IN_PERSON_ORDER = " ORDER BY 1, 2";
    private static final String FIND_BY_ID = PEOPLE + " WHERE p.id = ?" + AND_TAGS + " WHERE e.person_id = ?"
            + IN_PERSON_ORDER;
    /**
     * The people with a tag and all their tags. The key of the tags table is (person, tag), so
     * the join to the wanted tag finds at most one row per person and multiplies nothing.
     */
    private static final String WITH_EXPERTISE = PEOPLE
            + " JOIN xarxa_person_expertise wanted ON wanted.person_id = p.id WHERE wanted.tag = ?"
            + AND_TAGS + " JOIN xarxa_person_expertise wanted ON wanted.person_id = e.person_id WHERE wanted.tag = ?"
            + IN_PERSON_ORDER;
    private static final String ALL = PEOPLE + AND_TAGS + IN_PERSON_ORDER;
    private static final String INSERT = "INSERT INTO xarxa_person (id, name, email, phone, version)"
            + " VALUES (?, ?, ?, ?, 1)";
    private static final String UPDATE = "UPDATE xarxa_person SET name = ?, email = ?, phone = ?,"
            + " version = version + 1 WHERE id = ? AND version = ?";
    private static final String DELETE_TAGS = "DELETE FROM xarxa_person_expertise WHERE person_id = ?";
    private static final String INSERT_TAG = "INSERT INTO xarxa_person_expertise (person_id, tag) VALUES (?, ?)";

    /**
     * A person's tags, written whole: a person has a few dozen at most, fewer than it takes to
     * work out which changed.
     */
    private static final ChildRows<String> EXPERTISE = ChildRows.replacedBy(DELETE_TAGS, INSERT_TAG,
            (insert, position, tag) -> insert.setString(2, tag));
    private static final BatchInsert<Person> NEW_PEOPLE = new BatchInsert<Person>(PersonEvent.AGGREGATE_TYPE,
            "new people", person -> person.id().toString(), INSERT, (insert, person) -> {
                insert.setString(1, person.id().toString());
                insert.setString(2, person.name());
                insert.setString(3, person.email());
                insert.setString(4, person.phone());
            }).withChildren(EXPERTISE, Person::expertise);
    private static final OptimisticUpdate<Person> UPDATE_PERSON =
            new OptimisticUpdate<>(UPDATE, PersonEvent.AGGREGATE_TYPE, 3, (update, person) -> {
                update.setString(1, person.name());
                update.setString(2, person.email());
                update.setString(3, person.phone());
            });

    private final Statements statements;
    private final Database database;
    private final PendingRecords<Person> pending =
            PendingRecords.byId(PersonEvent.AGGREGATE_TYPE, person -> person.id().toString());

    JdbcPeople(Statements statements, Database database) {
        this.statements = statements;
        this.database = database;
    }

    @Override
    public Optional<Person> find(PersonId id) {
        Optional<Person> waiting = pending.find(id.toString());
        if (waiting.isPresent()) {
            return waiting;
        }
        try {
            PreparedStatement query = statements.prepare(FIND_BY_ID);
            query.setString(1, id.toString());
            query.setString(2, id.toString());
            try (ResultSet rows = query.executeQuery()) {
                return new PersonRows(rows, database).next();
            }
        } catch (SQLException e) {
            throw database.failure("reading person " + id, e);
        }
    }

    @Override
    public long save(Person person) {
        String id = person.id().toString();
        long expected = person.version();
        if (expected == 0) {
            return pending.holdBack(person.withVersion(1), this::flush);
        }
        flush();
        try {
            // The update locks the person's row, so nobody else writes its tags meanwhile.
            UPDATE_PERSON.run(statements, person, id, expected);
            EXPERTISE.replace(statements, id, person.expertise());
            return expected + 1;
        } catch (SQLException e) {
            throw SqlStates.savingFailure(database, PersonEvent.AGGREGATE_TYPE, id, "person " + id, e);
        }
    }

    /**
     * Writes the pending new people in batches: the people, then their tags, if any has some.
     *
     * @throws ConcurrentUpdateException if another unit of work stored a person with the same id
     */
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        NEW_PEOPLE.insert(statements, database, pending.drain());
    }

    @Override
    public Stream<Person> all() {
        flush();
        return RowStream.streaming(statements, database, ALL, FETCH_SIZE, "every person",
                rows -> new PersonRows(rows, database)::next);
    }

    @Override
    public List<Person> withExpertise(String tag) {
        flush();
        try {
            PreparedStatement query = statements.prepare(WITH_EXPERTISE);
            query.setString(1, tag);
            query.setString(2, tag);
            try (ResultSet rows = query.executeQuery()) {
                return RowStream.toList(new PersonRows(rows, database)::next);
            }
        } catch (SQLException e) {
            throw database.failure("reading the people with expertise in " + tag, e);
        }
    }
}

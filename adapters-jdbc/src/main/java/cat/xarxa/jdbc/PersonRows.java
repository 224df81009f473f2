package cat.xarxa.jdbc;

import cat.xarxa.member.Person;
import cat.xarxa.member.PersonId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Reads people from the rows of the person queries of {@link JdbcPeople}: one row with the person,
 * followed by one row per area of expertise, in the same result. Rows come ordered by person id,
 * then the person's row before its tag rows, so the consecutive rows of the same id make one
 * person, starting with its own row.
 *
 * <p>The tags are a union with the people, not a join: the name, email and phone, which are
 * personal data, travel once per person, not once per tag. The seven columns are, in order: id;
 * the row type, {@link #PERSON_ROW} or {@link #TAG_ROW}; name, email, phone and version (null on
 * tag rows); the tag (null on the person's row).
 */
final class PersonRows {

    /** The row type of the row with the person itself. */
    static final int PERSON_ROW = 0;
    /** The row type of a row with one area of expertise. */
    static final int TAG_ROW = 1;

    private static final int ID = 1;
    private static final int ROW_TYPE = 2;
    private static final int NAME = 3;
    private static final int EMAIL = 4;
    private static final int PHONE = 5;
    private static final int VERSION = 6;
    private static final int TAG = 7;

    private final ResultSet rows;
    private final Database database;
    private boolean onRow;

    /** Starts before the first row of the result. */
    PersonRows(ResultSet rows, Database database) throws SQLException {
        this.rows = rows;
        this.database = database;
        this.onRow = rows.next();
    }

    /** The next person, or empty when the rows are used up. */
    Optional<Person> next() throws SQLException {
        if (!onRow) {
            return Optional.empty();
        }
        String id = rows.getString(ID);
        if (rows.getInt(ROW_TYPE) != PERSON_ROW) {
            // The foreign key keeps tags from outliving their person; only a broken order gets here.
            throw database.failure("reading person " + id, new IllegalStateException(
                    "the tags of person " + id + " came before the person"));
        }
        String name = rows.getString(NAME);
        String email = rows.getString(EMAIL);
        String phone = rows.getString(PHONE);
        long version = rows.getLong(VERSION);
        Set<String> expertise = new HashSet<>();
        onRow = rows.next();
        while (onRow && id.equals(rows.getString(ID))) {
            expertise.add(rows.getString(TAG));
            onRow = rows.next();
        }
        try {
            return Optional.of(new Person(PersonId.parse(id), name, email, phone, expertise, version));
        } catch (IllegalArgumentException e) {
            throw database.failure("reading person " + id + ", which is stored in a state no person can have", e);
        }
    }
}

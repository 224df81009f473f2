package cat.xarxa.jdbc;

import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import cat.xarxa.mentorship.MentorProfile;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Reads mentor profiles from the rows of the profile queries of {@link JdbcMentorProfiles}: one
 * row with the profile, followed by one row per topic, in the same result, as a person is read
 * with its tags ({@link PersonRows}). Rows come ordered by person id, then the profile's row before
 * its topic rows, so the consecutive rows of the same person make one profile, starting with its
 * own row.
 *
 * <p>The seven columns are, in order: the person's id; the row type, {@link #PROFILE_ROW} or
 * {@link #TOPIC_ROW}; council, whether open to proposals, capacity and version (null on topic
 * rows); the topic (null on the profile's row).
 */
final class MentorProfileRows {

    /** The row type of the row with the profile itself. */
    static final int PROFILE_ROW = 0;
    /** The row type of a row with one topic. */
    static final int TOPIC_ROW = 1;

    private static final int PERSON = 1;
    private static final int ROW_TYPE = 2;
    private static final int COUNCIL = 3;
    private static final int OPEN = 4;
    private static final int CAPACITY = 5;
    private static final int VERSION = 6;
    private static final int TOPIC = 7;

    private final ResultSet rows;
    private final Database database;
    private boolean onRow;

    /** Starts before the first row of the result. */
    MentorProfileRows(ResultSet rows, Database database) throws SQLException {
        this.rows = rows;
        this.database = database;
        this.onRow = rows.next();
    }

    /** The next profile, or empty when the rows are used up. */
    Optional<MentorProfile> next() throws SQLException {
        if (!onRow) {
            return Optional.empty();
        }
        String person = rows.getString(PERSON);
        if (rows.getInt(ROW_TYPE) != PROFILE_ROW) {
            // The foreign key keeps topics from outliving their profile; only a broken order gets here.
            throw database.failure("reading the mentor profile of " + person, new IllegalStateException(
                    "the topics of mentor " + person + " came before the profile"));
        }
        String council = rows.getString(COUNCIL);
        boolean open = rows.getBoolean(OPEN);
        int capacity = rows.getInt(CAPACITY);
        long version = rows.getLong(VERSION);
        Set<String> topics = new HashSet<>();
        onRow = rows.next();
        while (onRow && person.equals(rows.getString(PERSON))) {
            topics.add(rows.getString(TOPIC));
            onRow = rows.next();
        }
        try {
            return Optional.of(new MentorProfile(PersonId.parse(person), MemberId.parse(council), topics, open, capacity,
                    version));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw database.failure("reading the mentor profile of " + person
                    + ", which is stored in a state no profile can have", e);
        }
    }
}

package cat.xarxa.jdbc;

import cat.xarxa.common.ConcurrentUpdateException;
import cat.xarxa.member.PersonId;
import cat.xarxa.mentorship.MentorProfile;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The mentor profiles in tables {@code xarxa_mentor_profile} and {@code xarxa_mentor_topic},
 * keyed by the mentor's person id, within one unit of work: the profile part of
 * {@link JdbcMentorshipRecords}. A profile and its topics are read in one query, the union of the
 * profile's row and its topic rows (see {@link MentorProfileRows}), as a person with its tags;
 * {@link #all()} streams the same union for every profile.
 *
 * <p>A profile is written at once, not behind: a command saves one. A new one is inserted with its
 * topics; a changed one is updated if the stored version is still its own, which locks its row,
 * and then its topics are replaced whole. A profile names its council with a foreign key, so the
 * members the unit of work holds back are written first.
 */
final class JdbcMentorProfiles {

    /** Rows per round trip while streaming every profile. */
    static final int FETCH_SIZE = 500;

    /** Each profile's own row, as the first part of the union {@link MentorProfileRows} reads. */
    private static final String PROFILES = "SELECT p.person_id, " + MentorProfileRows.PROFILE_ROW + " AS row_type,"
            + " p.member_id, p.open_to_proposals, p.capacity, p.version, NULL AS topic FROM xarxa_mentor_profile p";
    /** The topics, as the second part of the union; the profile's own columns stay empty. */
    private static final String AND_TOPICS = " UNION ALL SELECT t.person_id, " + MentorProfileRows.TOPIC_ROW + ","
            + " NULL, NULL, NULL, NULL, t.topic FROM xarxa_mentor_topic t";
    /**
     * By person id, in the collation both tables give their id column, then the profile's row
     * before its topics (column 2, the row type). The order of the topics does not matter: a
     * profile keeps them sorted.
     */
    private static final String IN_PERSON_ORDER = " ORDER BY 1, 2";
    private static final String FIND = PROFILES + " WHERE p.person_id = ?" + AND_TOPICS + " WHERE t.person_id = ?"
            + IN_PERSON_ORDER;
    private static final String ALL = PROFILES + AND_TOPICS + IN_PERSON_ORDER;
    private static final String INSERT = "INSERT INTO xarxa_mentor_profile (person_id, member_id, open_to_proposals,"
            + " capacity, version) VALUES (?, ?, ?, ?, 1)";
    private static final String UPDATE = "UPDATE xarxa_mentor_profile SET member_id = ?, open_to_proposals = ?,"
            + " capacity = ?, version = version + 1 WHERE person_id = ? AND version = ?";

    /** A mentor's topics, written whole: a profile has twenty at most. */
    private static final ChildRows<String> TOPICS = ChildRows.replacedBy(
            "DELETE FROM xarxa_mentor_topic WHERE person_id = ?",
            "INSERT INTO xarxa_mentor_topic (person_id, topic) VALUES (?, ?)",
            (insert, position, topic) -> insert.setString(2, topic));
    private static final BatchInsert<MentorProfile> NEW_PROFILE = new BatchInsert<MentorProfile>(
            MentorProfile.AGGREGATE_TYPE, "new mentor profiles", profile -> profile.person().toString(), INSERT,
            (insert, profile) -> {
                insert.setString(1, profile.person().toString());
                bindColumns(insert, 2, profile);
            }).withChildren(TOPICS, MentorProfile::topics);
    private static final OptimisticUpdate<MentorProfile> UPDATE_PROFILE = new OptimisticUpdate<>(UPDATE,
            MentorProfile.AGGREGATE_TYPE, 3, (update, profile) -> bindColumns(update, 1, profile));

    private final Statements statements;
    private final Database database;
    private final Runnable writeMembersFirst;

    /**
     * @param writeMembersFirst writes the members the unit of work holds back, which the council's
     *                          foreign key wants in the database first
     */
    JdbcMentorProfiles(Statements statements, Database database, Runnable writeMembersFirst) {
        this.statements = statements;
        this.database = database;
        this.writeMembersFirst = writeMembersFirst;
    }

    /** Binds a profile's columns after the person, three from {@code first} on. */
    private static void bindColumns(PreparedStatement statement, int first, MentorProfile profile)
            throws SQLException {
        statement.setString(first, profile.council().toString());
        statement.setBoolean(first + 1, profile.open());
        statement.setInt(first + 2, profile.capacity());
    }

    /** The profile of a mentor, if offered. */
    Optional<MentorProfile> find(PersonId person) {
        try {
            PreparedStatement query = statements.prepare(FIND);
            query.setString(1, person.toString());
            query.setString(2, person.toString());
            try (ResultSet rows = query.executeQuery()) {
                return new MentorProfileRows(rows, database).next();
            }
        } catch (SQLException e) {
            throw database.failure("reading the mentor profile of " + person, e);
        }
    }

    /**
     * Inserts a new profile (version 0) with its topics, or updates a stored one if it is still at
     * the profile's version and replaces its topics.
     *
     * @return the version now stored
     * @throws ConcurrentUpdateException if the person has a profile already, or another unit of
     *                                   work saved this one first
     */
    long save(MentorProfile profile) {
        writeMembersFirst.run();
        String person = profile.person().toString();
        long expected = profile.version();
        if (expected == 0) {
            NEW_PROFILE.insert(statements, database, List.of(profile));
            return 1;
        }
        try {
            // The update locks the profile's row, so nobody else writes its topics meanwhile.
            UPDATE_PROFILE.run(statements, profile, person, expected);
            TOPICS.replace(statements, person, profile.topics());
            return expected + 1;
        } catch (SQLException e) {
            throw SqlStates.savingFailure(database, MentorProfile.AGGREGATE_TYPE, person,
                    "the mentor profile of " + person, e);
        }
    }

    /** Every profile in person id order, read as consumed. */
    Stream<MentorProfile> all() {
        return RowStream.streaming(statements, database, ALL, FETCH_SIZE, "every mentor profile",
                rows -> new MentorProfileRows(rows, database)::next);
    }
}

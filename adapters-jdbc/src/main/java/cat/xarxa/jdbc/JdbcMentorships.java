package cat.xarxa.jdbc;

import cat.xarxa.common.ConcurrentUpdateException;
import cat.xarxa.member.PersonId;
import cat.xarxa.mentorship.Documentation;
import cat.xarxa.mentorship.Extension;
import cat.xarxa.mentorship.Mentorship;
import cat.xarxa.mentorship.MentorshipId;
import cat.xarxa.mentorship.MentorshipMeeting;
import cat.xarxa.mentorship.MentorshipStep;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The mentorships in tables {@code xarxa_mentorship}, {@code xarxa_mentorship_step},
 * {@code xarxa_mentorship_extension} and {@code xarxa_mentorship_meeting}, within one unit of
 * work: the mentorship part of {@link JdbcMentorshipRecords}. A mentorship is read by four
 * queries, its row and each kind of its child rows, read side by side (see {@link MentorshipRows});
 * {@link #all()} streams the same four for every mentorship, and {@link #ofPerson} reads them for
 * the mentorships a person takes part in. The documentation the mentee shared is columns of the
 * mentorship's row, all null until it is shared.
 *
 * <p>A mentorship is written at once, not behind: a command saves one. A new one is inserted with
 * its child rows in a batch per table; a changed one is updated if the stored version is still its
 * own, which locks its row, and then its history, extensions and meetings are replaced whole. A
 * mentorship names its councils with a foreign key, so the members the unit of work holds back
 * are written first.
 */
final class JdbcMentorships {

    /** Rows per round trip while streaming every mentorship. */
    static final int FETCH_SIZE = 500;

    private static final String MENTORSHIPS = "SELECT " + MentorshipRows.MENTORSHIP_COLUMNS + " FROM xarxa_mentorship m";
    private static final String STEPS = "SELECT " + MentorshipRows.STEP_COLUMNS + " FROM xarxa_mentorship_step c";
    private static final String EXTENSIONS = "SELECT " + MentorshipRows.EXTENSION_COLUMNS
            + " FROM xarxa_mentorship_extension c";
    private static final String MEETINGS = "SELECT " + MentorshipRows.MEETING_COLUMNS
            + " FROM xarxa_mentorship_meeting c";
    /**
     * The child rows of a person's mentorships; the key of the mentorships is the id, so the join
     * multiplies nothing.
     */
    private static final String OF_PERSON = " JOIN xarxa_mentorship owner ON owner.id = c.mentorship_id"
            + " WHERE owner.mentor_id = ? OR owner.mentee_id = ?";

    /** One mentorship, by id; one parameter, the id. */
    private static final List<String> FIND = queries(" WHERE m.id = ?", " WHERE c.mentorship_id = ?");
    /** The mentorships of a person, as mentor or mentee, in id order; two parameters, the person twice. */
    private static final List<String> OF_PERSON_QUERIES = queries(" WHERE m.mentor_id = ? OR m.mentee_id = ?",
            OF_PERSON);
    /** Every mentorship, in id order. */
    private static final List<String> ALL = queries("", "");

    private static final String INSERT = "INSERT INTO xarxa_mentorship (id, mentor_id, mentor_member_id, mentee_id,"
            + " mentee_member_id, topic, proposal, ends_on, activities, documentation_summary, documentation_link,"
            + " documentation_shared_on, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)";
    private static final String UPDATE = "UPDATE xarxa_mentorship SET mentor_id = ?, mentor_member_id = ?,"
            + " mentee_id = ?, mentee_member_id = ?, topic = ?, proposal = ?, ends_on = ?, activities = ?,"
            + " documentation_summary = ?, documentation_link = ?, documentation_shared_on = ?,"
            + " version = version + 1 WHERE id = ? AND version = ?";

    /** A step of the history at its position, oldest first. */
    private static final ChildRows<MentorshipStep> STEP_ROWS = ChildRows.replacedBy(
            "DELETE FROM xarxa_mentorship_step WHERE mentorship_id = ?",
            "INSERT INTO xarxa_mentorship_step (mentorship_id, position, status, taken_on, person_id, note)"
                    + " VALUES (?, ?, ?, ?, ?, ?)",
            (insert, position, step) -> {
                insert.setInt(2, position);
                insert.setString(3, step.status().name());
                insert.setObject(4, step.on());
                Parameters.setPerson(insert, 5, step.by());
                insert.setString(6, step.note());
            });
    /** An extension at its position, oldest first. */
    private static final ChildRows<Extension> EXTENSION_ROWS = ChildRows.replacedBy(
            "DELETE FROM xarxa_mentorship_extension WHERE mentorship_id = ?",
            "INSERT INTO xarxa_mentorship_extension (mentorship_id, position, ends_on, mentor_agreed_on,"
                    + " mentee_agreed_on) VALUES (?, ?, ?, ?, ?)",
            (insert, position, extension) -> {
                insert.setInt(2, position);
                insert.setObject(3, extension.until());
                insert.setObject(4, extension.mentorAgreedOn());
                insert.setObject(5, extension.menteeAgreedOn());
            });
    /** A meeting at its position, in the order the mentorship keeps them. */
    private static final ChildRows<MentorshipMeeting> MEETING_ROWS = ChildRows.replacedBy(
            "DELETE FROM xarxa_mentorship_meeting WHERE mentorship_id = ?",
            "INSERT INTO xarxa_mentorship_meeting (mentorship_id, position, held_on, meeting_format, summary)"
                    + " VALUES (?, ?, ?, ?, ?)",
            (insert, position, meeting) -> {
                insert.setInt(2, position);
                insert.setObject(3, meeting.on());
                insert.setString(4, meeting.format().name());
                insert.setString(5, meeting.summary());
            });

    private static final BatchInsert<Mentorship> NEW_MENTORSHIP = new BatchInsert<Mentorship>(
            Mentorship.AGGREGATE_TYPE, "new mentorships", mentorship -> mentorship.id().toString(), INSERT,
            (insert, mentorship) -> {
                insert.setString(1, mentorship.id().toString());
                bindColumns(insert, 2, mentorship);
            })
            .withChildren(STEP_ROWS, Mentorship::history)
            .withChildren(EXTENSION_ROWS, Mentorship::extensions)
            .withChildren(MEETING_ROWS, Mentorship::meetings);
    private static final OptimisticUpdate<Mentorship> UPDATE_MENTORSHIP = new OptimisticUpdate<>(UPDATE,
            Mentorship.AGGREGATE_TYPE, 11, (update, mentorship) -> bindColumns(update, 1, mentorship));

    private final Statements statements;
    private final Database database;
    private final Runnable writeMembersFirst;

    /**
     * @param writeMembersFirst writes the members the unit of work holds back, which the councils'
     *                          foreign keys want in the database first
     */
    JdbcMentorships(Statements statements, Database database, Runnable writeMembersFirst) {
        this.statements = statements;
        this.database = database;
        this.writeMembersFirst = writeMembersFirst;
    }

    /** The four queries read side by side, each with its filter, ordered alike. */
    private static List<String> queries(String mentorshipFilter, String childFilter) {
        return List.of(MENTORSHIPS + mentorshipFilter + " ORDER BY m.id",
                STEPS + childFilter + " ORDER BY c.mentorship_id, c.position",
                EXTENSIONS + childFilter + " ORDER BY c.mentorship_id, c.position",
                MEETINGS + childFilter + " ORDER BY c.mentorship_id, c.position");
    }

    /** Binds a mentorship's columns after its id, eleven from {@code first} on. */
    private static void bindColumns(PreparedStatement statement, int first, Mentorship mentorship)
            throws SQLException {
        statement.setString(first, mentorship.mentor().toString());
        statement.setString(first + 1, mentorship.mentorCouncil().toString());
        statement.setString(first + 2, mentorship.mentee().toString());
        statement.setString(first + 3, mentorship.menteeCouncil().toString());
        statement.setString(first + 4, mentorship.topic());
        statement.setString(first + 5, mentorship.proposal());
        Parameters.setDate(statement, first + 6, mentorship.endsOn());
        statement.setString(first + 7, mentorship.activities());
        Documentation documentation = mentorship.documentation();
        if (documentation == null) {
            statement.setNull(first + 8, Types.VARCHAR);
            statement.setNull(first + 9, Types.VARCHAR);
            Parameters.setDate(statement, first + 10, null);
        } else {
            statement.setString(first + 8, documentation.summary());
            statement.setString(first + 9, documentation.link());
            Parameters.setDate(statement, first + 10, documentation.sharedOn());
        }
    }

    /** The mentorship with this id, if stored. */
    Optional<Mentorship> find(MentorshipId id) {
        List<Mentorship> found = read(FIND, 1, id.toString(), "reading mentorship " + id);
        return found.stream().findFirst();
    }

    /** The mentorships a person takes part in, as mentor or mentee, in id order. */
    List<Mentorship> ofPerson(PersonId person) {
        return read(OF_PERSON_QUERIES, 2, person.toString(), "reading the mentorships of " + person);
    }

    /**
     * Runs the four queries with the same parameter in each of their placeholders and reads what
     * they find.
     *
     * @param placeholders how many placeholders each query has
     */
    private List<Mentorship> read(List<String> sqls, int placeholders, String parameter, String reading) {
        List<ResultSet> results = new ArrayList<>();
        try {
            try {
                for (String sql : sqls) {
                    PreparedStatement query = statements.prepare(sql);
                    for (int placeholder = 1; placeholder <= placeholders; placeholder++) {
                        query.setString(placeholder, parameter);
                    }
                    results.add(query.executeQuery());
                }
                return RowStream.toList(new MentorshipRows(results, database)::next);
            } finally {
                for (ResultSet result : results) {
                    result.close();
                }
            }
        } catch (SQLException e) {
            throw database.failure(reading, e);
        }
    }

    /**
     * Inserts a new mentorship (version 0) with its child rows, or updates a stored one if it is
     * still at the mentorship's version and replaces its child rows.
     *
     * @return the version now stored
     * @throws ConcurrentUpdateException if a mentorship with the id is stored already, or another
     *                                   unit of work saved this one first
     */
    long save(Mentorship mentorship) {
        writeMembersFirst.run();
        String id = mentorship.id().toString();
        long expected = mentorship.version();
        if (expected == 0) {
            NEW_MENTORSHIP.insert(statements, database, List.of(mentorship));
            return 1;
        }
        try {
            // The update locks the mentorship's row, so nobody else writes its child rows meanwhile.
            UPDATE_MENTORSHIP.run(statements, mentorship, id, expected);
            STEP_ROWS.replace(statements, id, mentorship.history());
            EXTENSION_ROWS.replace(statements, id, mentorship.extensions());
            MEETING_ROWS.replace(statements, id, mentorship.meetings());
            return expected + 1;
        } catch (SQLException e) {
            throw SqlStates.savingFailure(database, Mentorship.AGGREGATE_TYPE, id, "mentorship " + id, e);
        }
    }

    /** Every mentorship in id order, read as consumed. */
    Stream<Mentorship> all() {
        return RowStream.streamingSideBySide(statements, database, ALL, FETCH_SIZE, "every mentorship",
                results -> new MentorshipRows(results, database)::next);
    }
}

package cat.xarxa.jdbc;

import cat.xarxa.common.MeetingFormat;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import cat.xarxa.mentorship.Documentation;
import cat.xarxa.mentorship.Extension;
import cat.xarxa.mentorship.Mentorship;
import cat.xarxa.mentorship.MentorshipId;
import cat.xarxa.mentorship.MentorshipMeeting;
import cat.xarxa.mentorship.MentorshipStatus;
import cat.xarxa.mentorship.MentorshipStep;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads mentorships from four results read side by side, the queries of {@link JdbcMentorships}:
 * the mentorships' rows, their steps, their extensions and their meetings, each ordered by
 * mentorship id (in the collation every id column has), then by position. The consecutive rows of
 * each child result with the id of the mentorship at hand are its own; none is left behind, since
 * the queries select the children of the same mentorships, and the foreign keys keep children from
 * outliving their mentorship.
 *
 * <p>Four queries rather than one join or union, as for advisories ({@link AdvisoryRows}): a join
 * would repeat a mentorship per step, extension and meeting, and a union of four kinds of rows
 * would need typed empty dates in columns each kind uses differently.
 */
final class MentorshipRows {

    /** The columns of the mentorships' query, in order. */
    static final String MENTORSHIP_COLUMNS = "m.id, m.mentor_id, m.mentor_member_id, m.mentee_id, m.mentee_member_id,"
            + " m.topic, m.proposal, m.ends_on, m.activities, m.documentation_summary, m.documentation_link,"
            + " m.documentation_shared_on, m.version";
    /** The columns of the steps' query, in order. */
    static final String STEP_COLUMNS = "c.mentorship_id, c.status, c.taken_on, c.person_id, c.note";
    /** The columns of the extensions' query, in order. */
    static final String EXTENSION_COLUMNS = "c.mentorship_id, c.ends_on, c.mentor_agreed_on, c.mentee_agreed_on";
    /** The columns of the meetings' query, in order. */
    static final String MEETING_COLUMNS = "c.mentorship_id, c.held_on, c.meeting_format, c.summary";

    private final RowsAhead mentorships;
    private final RowsAhead steps;
    private final RowsAhead extensions;
    private final RowsAhead meetings;
    private final Database database;

    /**
     * Starts before the first row of each result.
     *
     * @param results the mentorships, steps, extensions and meetings, in that order
     */
    MentorshipRows(List<ResultSet> results, Database database) throws SQLException {
        this.mentorships = new RowsAhead(results.get(0));
        this.steps = new RowsAhead(results.get(1));
        this.extensions = new RowsAhead(results.get(2));
        this.meetings = new RowsAhead(results.get(3));
        this.database = database;
    }

    /**
     * The next mentorship, with its history, extensions, meetings and documentation, or empty when
     * the rows are used up.
     */
    Optional<Mentorship> next() throws SQLException {
        if (!mentorships.onRow()) {
            return Optional.empty();
        }
        ResultSet row = mentorships.rows();
        String id = row.getString(RowsAhead.OWNER);
        try {
            LocalDate sharedOn = row.getObject(12, LocalDate.class);
            Documentation documentation = sharedOn == null ? null
                    : new Documentation(row.getString(10), row.getString(11), sharedOn);
            Mentorship mentorship = new Mentorship(MentorshipId.parse(id), PersonId.parse(row.getString(2)),
                    MemberId.parse(row.getString(3)), PersonId.parse(row.getString(4)), MemberId.parse(row.getString(5)),
                    row.getString(6), row.getString(7), stepsOf(id), row.getObject(8, LocalDate.class),
                    extensionsOf(id), row.getString(9), meetingsOf(id), documentation, row.getLong(13));
            mentorships.advance();
            return Optional.of(mentorship);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw database.failure("reading mentorship " + id + ", which is stored in a state no mentorship can have", e);
        }
    }

    private List<MentorshipStep> stepsOf(String id) throws SQLException {
        List<MentorshipStep> found = new ArrayList<>();
        ResultSet row = steps.rows();
        for (; steps.isOf(id); steps.advance()) {
            String by = row.getString(4);
            found.add(new MentorshipStep(MentorshipStatus.valueOf(row.getString(2)), row.getObject(3, LocalDate.class),
                    by == null ? null : PersonId.parse(by), row.getString(5)));
        }
        return found;
    }

    private List<Extension> extensionsOf(String id) throws SQLException {
        List<Extension> found = new ArrayList<>();
        ResultSet row = extensions.rows();
        for (; extensions.isOf(id); extensions.advance()) {
            found.add(new Extension(row.getObject(2, LocalDate.class), row.getObject(3, LocalDate.class),
                    row.getObject(4, LocalDate.class)));
        }
        return found;
    }

    private List<MentorshipMeeting> meetingsOf(String id) throws SQLException {
        List<MentorshipMeeting> found = new ArrayList<>();
        ResultSet row = meetings.rows();
        for (; meetings.isOf(id); meetings.advance()) {
            found.add(new MentorshipMeeting(row.getObject(2, LocalDate.class), MeetingFormat.valueOf(row.getString(3)),
                    row.getString(4)));
        }
        return found;
    }
}

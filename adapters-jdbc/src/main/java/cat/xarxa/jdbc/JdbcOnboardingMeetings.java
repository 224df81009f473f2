package cat.xarxa.jdbc;

import cat.xarxa.care.OnboardingMeeting;
import cat.xarxa.common.ConcurrentUpdateException;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The onboarding meetings in tables {@code xarxa_onboarding_meeting} and
 * {@code xarxa_onboarding_attendee}, within one unit of work: the meeting half of
 * {@link JdbcCareLog}. A meeting and its attendees are read in one query, the union of the
 * meeting's row and its attendee rows (see {@link MeetingRows}). Meetings are only added, never
 * changed; one whose id is stored already breaks the primary key at the flush, which is a
 * {@link ConcurrentUpdateException}.
 *
 * <p>New meetings are written behind, as new members are ({@link JdbcMembers}): they wait in
 * the {@link PendingRecords} of an {@link AppendOnlyLog} and go to the database in two JDBC
 * batches, meetings then attendees, when {@link #flush()} runs, which happens before
 * {@link #all()}, when the batch is full, and before commit, after the members the unit of work
 * holds back, which the foreign key wants there first. The meetings of a member are read from
 * the database and the waiting ones together.
 */
final class JdbcOnboardingMeetings {

    /** Rows per round trip while streaming every meeting. */
    static final int FETCH_SIZE = 500;

    /** Each meeting's own row, as the first part of the union {@link MeetingRows} reads. */
    private static final String MEETINGS = "SELECT m.id, " + MeetingRows.MEETING_ROW + " AS row_type,"
            + " NULL AS position, m.member_id, m.held_on, m.meeting_format, m.notes, NULL AS person_id"
            + " FROM xarxa_onboarding_meeting m";
    /** The attendees, as the second part of the union; the meeting's own columns stay empty. */
    private static final String AND_ATTENDEES = " UNION ALL SELECT a.meeting_id, " + MeetingRows.ATTENDEE_ROW + ","
            + " a.position, NULL, NULL, NULL, NULL, a.person_id FROM xarxa_onboarding_attendee a";
    /**
     * The attendees of one member's meetings, with the date their meeting was held on to sort by.
     * The key of the meetings table is the id, so the join finds one meeting per attendee and
     * multiplies nothing.
     */
    private static final String AND_ATTENDEES_OF_MEMBER = " UNION ALL SELECT a.meeting_id, "
            + MeetingRows.ATTENDEE_ROW + ", a.position, NULL, held.held_on, NULL, NULL, a.person_id"
            + " FROM xarxa_onboarding_attendee a JOIN xarxa_onboarding_meeting held ON held.id = a.meeting_id"
            + " WHERE held.member_id = ?";
    /**
     * By id, in the collation both tables give their id column, then the meeting's row before its
     * attendees (column 2, the row type), and the attendees by position (column 3).
     */
    private static final String IN_MEETING_ORDER = " ORDER BY 1, 2, 3";
    /** As {@link #IN_MEETING_ORDER}, after the date each meeting was held on (column 5). */
    private static final String IN_ORDER_HELD = " ORDER BY 5, 1, 2, 3";
    private static final String OF_MEMBER = MEETINGS + " WHERE m.member_id = ?" + AND_ATTENDEES_OF_MEMBER + IN_ORDER_HELD;
    private static final String ALL = MEETINGS + AND_ATTENDEES + IN_MEETING_ORDER;
    private static final String ERASE_NOTES = "UPDATE xarxa_onboarding_meeting SET notes = '' WHERE id = ?";
    private static final String INSERT = "INSERT INTO xarxa_onboarding_meeting"
            + " (id, member_id, held_on, meeting_format, notes) VALUES (?, ?, ?, ?, ?)";
    private static final String INSERT_ATTENDEE = "INSERT INTO xarxa_onboarding_attendee"
            + " (meeting_id, position, person_id) VALUES (?, ?, ?)";

    /** The order of a member's meetings: by date, then id, as the query sorts them. */
    private static final Comparator<OnboardingMeeting> BY_DATE =
            Comparator.comparing(OnboardingMeeting::on).thenComparing(meeting -> meeting.id().toString());

    /** Binds a meeting to the parameters of {@link #INSERT}. */
    private static final RowBinder<OnboardingMeeting> MEETING_COLUMNS = (insert, meeting) -> {
        insert.setString(1, meeting.id().toString());
        insert.setString(2, meeting.member().toString());
        insert.setObject(3, meeting.on());
        insert.setString(4, meeting.format().name());
        insert.setString(5, meeting.notes());
    };
    /** A meeting's attendees, each at its position. */
    private static final ChildRows<PersonId> ATTENDEES = ChildRows.appendedBy(INSERT_ATTENDEE,
            (insert, position, attendee) -> {
                insert.setInt(2, position);
                insert.setString(3, attendee.toString());
            });

    private final Statements statements;
    private final Database database;
    private final AppendOnlyLog<OnboardingMeeting> log;

    /**
     * @param writeMembersFirst writes the members the unit of work holds back, which the
     *                          meetings' foreign key wants in the database first
     */
    JdbcOnboardingMeetings(Statements statements, Database database, Runnable writeMembersFirst) {
        this.statements = statements;
        this.database = database;
        this.log = new AppendOnlyLog<>(statements, database, writeMembersFirst,
                PendingRecords.byId(OnboardingMeeting.AGGREGATE_TYPE, meeting -> meeting.id().toString()),
                new BatchInsert<>(OnboardingMeeting.AGGREGATE_TYPE, "new meetings", meeting -> meeting.id().toString(),
                        INSERT, MEETING_COLUMNS)
                        .withChildren(ATTENDEES, OnboardingMeeting::attendees),
                OnboardingMeeting::member, BY_DATE);
    }

    /**
     * Adds a meeting.
     *
     * @throws ConcurrentUpdateException if one with the same id waits already; one stored already
     *                                   is refused at the flush
     */
    void add(OnboardingMeeting meeting) {
        log.add(meeting);
    }

    /** The meetings of a member, stored or waiting, by date then id. */
    List<OnboardingMeeting> of(MemberId member) {
        return log.of(member, "reading the onboarding meetings of member " + member, () -> {
            PreparedStatement query = statements.prepare(OF_MEMBER);
            query.setString(1, member.toString());
            query.setString(2, member.toString());
            try (ResultSet rows = query.executeQuery()) {
                return RowStream.toList(new MeetingRows(rows, database)::next);
            }
        });
    }

    /**
     * Writes the waiting members, then the pending new meetings in batches: the meetings, then
     * their attendees, if any has some.
     *
     * @throws ConcurrentUpdateException if a meeting with the same id is stored already
     */
    void flush() {
        log.flush();
    }

    /** Every meeting in id order, read as consumed. */
    Stream<OnboardingMeeting> all() {
        flush();
        return RowStream.streaming(statements, database, ALL, FETCH_SIZE, "every onboarding meeting",
                rows -> new MeetingRows(rows, database)::next);
    }

    /** Empties a meeting's notes (a person's erasure), after writing what waits. */
    void eraseNotes(cat.xarxa.care.MeetingId id) {
        flush();
        try {
            java.sql.PreparedStatement update = statements.prepare(ERASE_NOTES);
            update.setString(1, id.toString());
            update.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw database.failure("erasing the notes of onboarding meeting " + id, e);
        }
    }
}

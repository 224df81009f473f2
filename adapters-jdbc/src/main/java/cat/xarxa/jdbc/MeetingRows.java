package cat.xarxa.jdbc;

import cat.xarxa.care.MeetingId;
import cat.xarxa.care.OnboardingMeeting;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads onboarding meetings from the rows of the meeting queries of {@link JdbcOnboardingMeetings}:
 * one row with the meeting, followed by one row per attendee, in the same result. Rows come
 * grouped by meeting, the meeting's row before its attendees and the attendees by position, so
 * the consecutive rows of the same id make one meeting, starting with its own row.
 *
 * <p>The attendees are a union with the meetings, not a join: the notes, up to 4,000
 * characters, travel once per meeting, not once per attendee. The eight columns are, in order:
 * id; the row type, {@link #MEETING_ROW} or {@link #ATTENDEE_ROW}; the attendee's position (null
 * on the meeting's row); member, date held, format and notes (null on attendee rows, except the
 * date where a query orders by it); the attendee (null on the meeting's row).
 */
final class MeetingRows {

    /** The row type of the row with the meeting itself. */
    static final int MEETING_ROW = 0;
    /** The row type of a row with one attendee. */
    static final int ATTENDEE_ROW = 1;

    private static final int ID = 1;
    private static final int ROW_TYPE = 2;
    private static final int MEMBER = 4;
    private static final int HELD_ON = 5;
    private static final int FORMAT = 6;
    private static final int NOTES = 7;
    private static final int PERSON = 8;

    private final ResultSet rows;
    private final Database database;
    private boolean onRow;

    /** Starts before the first row of the result. */
    MeetingRows(ResultSet rows, Database database) throws SQLException {
        this.rows = rows;
        this.database = database;
        this.onRow = rows.next();
    }

    /** The next meeting, or empty when the rows are used up. */
    Optional<OnboardingMeeting> next() throws SQLException {
        if (!onRow) {
            return Optional.empty();
        }
        String id = rows.getString(ID);
        if (rows.getInt(ROW_TYPE) != MEETING_ROW) {
            // The foreign key keeps attendees from outliving their meeting; only a broken order gets here.
            throw database.failure("reading onboarding meeting " + id, new IllegalStateException(
                    "the attendees of onboarding meeting " + id + " came before the meeting"));
        }
        String member = rows.getString(MEMBER);
        LocalDate heldOn = rows.getObject(HELD_ON, LocalDate.class);
        String format = rows.getString(FORMAT);
        String notes = rows.getString(NOTES);
        List<PersonId> attendees = new ArrayList<>();
        try {
            onRow = rows.next();
            while (onRow && id.equals(rows.getString(ID))) {
                attendees.add(PersonId.parse(rows.getString(PERSON)));
                onRow = rows.next();
            }
            return Optional.of(new OnboardingMeeting(MeetingId.parse(id), MemberId.parse(member), heldOn,
                    MeetingFormat.valueOf(format), attendees, notes));
        } catch (IllegalArgumentException e) {
            throw database.failure("reading onboarding meeting " + id
                    + ", which is stored in a state no meeting can have", e);
        }
    }
}

package cat.xarxa.jdbc;

import cat.xarxa.care.FollowUp;
import cat.xarxa.care.Need;
import cat.xarxa.care.NeedId;
import cat.xarxa.care.NeedStatus;
import cat.xarxa.member.MemberId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads needs from the rows of the need queries of {@link JdbcNeeds}: one row with the need,
 * followed by one row per entry of its follow-up log, in the same result. Rows come grouped by
 * need, the need's row before its entries and the entries by position, so the consecutive rows
 * of the same id make one need, starting with its own row.
 *
 * <p>The entries are a union with the needs, not a join: the description, up to 2,000
 * characters, travels once per need, not once per entry. The twelve columns are, in order: id;
 * the row type, {@link #NEED_ROW} or {@link #FOLLOW_UP_ROW}; the entry's position (null on the
 * need's row); member, category, description, raised on, expected on and version (null on entry
 * rows, except raised on where a query orders by it); the entry's date, status and note (null on
 * the need's row).
 */
final class NeedRows {

    /** The row type of the row with the need itself. */
    static final int NEED_ROW = 0;
    /** The row type of a row with one entry of the follow-up log. */
    static final int FOLLOW_UP_ROW = 1;

    private static final int ID = 1;
    private static final int ROW_TYPE = 2;
    private static final int MEMBER = 4;
    private static final int CATEGORY = 5;
    private static final int DESCRIPTION = 6;
    private static final int RAISED_ON = 7;
    private static final int EXPECTED_ON = 8;
    private static final int VERSION = 9;
    private static final int FOLLOWED_UP_ON = 10;
    private static final int STATUS = 11;
    private static final int NOTE = 12;

    private final ResultSet rows;
    private final Database database;
    private boolean onRow;

    /** Starts before the first row of the result. */
    NeedRows(ResultSet rows, Database database) throws SQLException {
        this.rows = rows;
        this.database = database;
        this.onRow = rows.next();
    }

    /** The next need, or empty when the rows are used up. */
    Optional<Need> next() throws SQLException {
        if (!onRow) {
            return Optional.empty();
        }
        String id = rows.getString(ID);
        if (rows.getInt(ROW_TYPE) != NEED_ROW) {
            // The foreign key keeps entries from outliving their need; only a broken order gets here.
            throw database.failure("reading need " + id, new IllegalStateException(
                    "the follow-up of need " + id + " came before the need"));
        }
        String member = rows.getString(MEMBER);
        String category = rows.getString(CATEGORY);
        String description = rows.getString(DESCRIPTION);
        LocalDate raisedOn = rows.getObject(RAISED_ON, LocalDate.class);
        LocalDate expectedOn = rows.getObject(EXPECTED_ON, LocalDate.class);
        long version = rows.getLong(VERSION);
        List<FollowUp> followUps = new ArrayList<>();
        try {
            onRow = rows.next();
            while (onRow && id.equals(rows.getString(ID))) {
                followUps.add(new FollowUp(rows.getObject(FOLLOWED_UP_ON, LocalDate.class),
                        NeedStatus.valueOf(rows.getString(STATUS)), rows.getString(NOTE)));
                onRow = rows.next();
            }
            return Optional.of(new Need(NeedId.parse(id), MemberId.parse(member), category, description, raisedOn,
                    expectedOn, followUps, version));
        } catch (IllegalArgumentException e) {
            throw database.failure("reading need " + id + ", which is stored in a state no need can have", e);
        }
    }
}

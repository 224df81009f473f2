package cat.xarxa.jdbc;

import cat.xarxa.member.Member;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.MemberStatus;
import cat.xarxa.member.StatusChange;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads members from the rows of the member and history join, ordered by member and then by
 * position: one row per step, so the consecutive rows of the same id make one member.
 */
final class MemberRows {

    private final ResultSet rows;
    private final Database database;
    private boolean onRow;

    /** Starts before the first row of the result. */
    MemberRows(ResultSet rows, Database database) throws SQLException {
        this.rows = rows;
        this.database = database;
        this.onRow = rows.next();
    }

    /** The next member, or empty when the rows are used up. */
    Optional<Member> next() throws SQLException {
        if (!onRow) {
            return Optional.empty();
        }
        String id = rows.getString(1);
        MemberKind kind = MemberKind.valueOf(rows.getString(2));
        String officialCode = rows.getString(3);
        String name = rows.getString(4);
        long version = rows.getLong(5);
        List<StatusChange> history = new ArrayList<>();
        do {
            // A member without steps gives one row of nulls from the outer join; restore() refuses it.
            rows.getInt(6);
            if (!rows.wasNull()) {
                history.add(new StatusChange(MemberStatus.valueOf(rows.getString(7)),
                        rows.getObject(8, LocalDate.class), rows.getString(9)));
            }
            onRow = rows.next();
        } while (onRow && id.equals(rows.getString(1)));
        try {
            return Optional.of(Member.restore(MemberId.parse(id), kind, officialCode, name, history, version));
        } catch (IllegalArgumentException e) {
            throw database.failure("reading member " + id + ", which is stored in a state no member can have", e);
        }
    }
}

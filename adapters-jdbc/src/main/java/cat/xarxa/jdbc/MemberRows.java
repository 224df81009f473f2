package cat.xarxa.jdbc;

import cat.xarxa.member.Mandate;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.MemberStatus;
import cat.xarxa.member.PersonId;
import cat.xarxa.member.Population;
import cat.xarxa.member.Role;
import cat.xarxa.member.StatusChange;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads members from the rows of the member queries of {@link JdbcMembers}: the member joined to
 * each step of its history, followed by one row per population figure and one row per mandate,
 * in the same result. Rows come ordered by member id, then step rows, figure rows and mandate
 * rows, each by position or year, so the consecutive rows of the same id make one member,
 * starting with a step row, and its mandates come in the order they were stored.
 *
 * <p>Steps, figures and mandates are a union, not a join: a member with four steps, ten figures
 * and six mandates is twenty rows, not two hundred and forty. The sixteen columns are, in order:
 * id; kind, official code, name and version (null on figure and mandate rows); the row type,
 * {@link #STEP_ROW}, {@link #POPULATION_ROW} or {@link #MANDATE_ROW}; the step's or mandate's
 * position, or the figure's reference year; status, since and reference (of a step); inhabitants
 * and source (of a figure); person, role, start and end (of a mandate). Each row leaves the
 * columns of the other types null.
 */
final class MemberRows {

    /** The row type of a row with the member and one step of its history (or none). */
    static final int STEP_ROW = 0;
    /** The row type of a row with one population figure. */
    static final int POPULATION_ROW = 1;
    /** The row type of a row with one mandate. */
    static final int MANDATE_ROW = 2;

    private static final int ID = 1;
    private static final int KIND = 2;
    private static final int OFFICIAL_CODE = 3;
    private static final int NAME = 4;
    private static final int VERSION = 5;
    private static final int ROW_TYPE = 6;
    private static final int POSITION_OR_YEAR = 7;
    private static final int STATUS = 8;
    private static final int SINCE = 9;
    private static final int REFERENCE = 10;
    private static final int INHABITANTS = 11;
    private static final int SOURCE = 12;
    private static final int PERSON = 13;
    private static final int ROLE = 14;
    private static final int STARTS_ON = 15;
    private static final int ENDS_ON = 16;

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
        String id = rows.getString(ID);
        String kind = rows.getString(KIND);
        String officialCode = rows.getString(OFFICIAL_CODE);
        String name = rows.getString(NAME);
        long version = rows.getLong(VERSION);
        List<StatusChange> history = new ArrayList<>();
        List<Population> population = new ArrayList<>();
        List<Mandate> mandates = new ArrayList<>();
        try {
            do {
                int rowType = rows.getInt(ROW_TYPE);
                if (rowType == MANDATE_ROW) {
                    mandates.add(new Mandate(PersonId.parse(rows.getString(PERSON)), Role.valueOf(rows.getString(ROLE)),
                            rows.getObject(STARTS_ON, LocalDate.class), rows.getObject(ENDS_ON, LocalDate.class)));
                } else if (rowType == POPULATION_ROW) {
                    population.add(new Population(rows.getInt(POSITION_OR_YEAR), rows.getLong(INHABITANTS),
                            rows.getString(SOURCE)));
                } else {
                    // A member without steps gives one row of nulls from the outer join; restore() refuses it.
                    rows.getInt(POSITION_OR_YEAR);
                    if (!rows.wasNull()) {
                        history.add(new StatusChange(MemberStatus.valueOf(rows.getString(STATUS)),
                                rows.getObject(SINCE, LocalDate.class), rows.getString(REFERENCE)));
                    }
                }
                onRow = rows.next();
            } while (onRow && id.equals(rows.getString(ID)));
            return Optional.of(Member.restore(MemberId.parse(id), MemberKind.valueOf(kind), officialCode, name,
                    history, population, mandates, version));
        } catch (IllegalArgumentException e) {
            throw database.failure("reading member " + id + ", which is stored in a state no member can have", e);
        }
    }
}

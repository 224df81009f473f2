package cat.xarxa.jdbc;

import cat.xarxa.common.ConcurrentUpdateException;
import cat.xarxa.governance.Body;
import cat.xarxa.governance.BodySeat;
import cat.xarxa.governance.SeatId;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The seats on the network's bodies in table {@code xarxa_body_seat}, one row per seat, within one
 * unit of work: the seat part of {@link JdbcGovernanceRecords}. A seat's days are
 * {@code first_day} and {@code last_day}, null while the seat is held.
 *
 * <p>A seat is written at once, not behind: a command saves one. A new one is inserted; a changed
 * one is updated if the stored version is still its own. A seat names its council with a foreign
 * key, so the members the unit of work holds back are written first; the person it names has none.
 */
final class JdbcBodySeats {

    /** Rows per round trip while streaming every seat. */
    static final int FETCH_SIZE = 500;

    private static final String SEATS = "SELECT id, body, member_id, person_id, role, first_day, last_day, version"
            + " FROM xarxa_body_seat";
    private static final String FIND = SEATS + " WHERE id = ?";
    private static final String ALL = SEATS + " ORDER BY id";
    private static final String INSERT = "INSERT INTO xarxa_body_seat (id, body, member_id, person_id, role,"
            + " first_day, last_day, version) VALUES (?, ?, ?, ?, ?, ?, ?, 1)";
    private static final String UPDATE = "UPDATE xarxa_body_seat SET body = ?, member_id = ?, person_id = ?, role = ?,"
            + " first_day = ?, last_day = ?, version = version + 1 WHERE id = ? AND version = ?";

    private static final int ID = 1;
    private static final int BODY = 2;
    private static final int MEMBER = 3;
    private static final int PERSON = 4;
    private static final int ROLE = 5;
    private static final int FIRST_DAY = 6;
    private static final int LAST_DAY = 7;
    private static final int VERSION = 8;

    private static final BatchInsert<BodySeat> NEW_SEAT = new BatchInsert<>(BodySeat.AGGREGATE_TYPE, "new seats",
            seat -> seat.id().toString(), INSERT, (insert, seat) -> {
                insert.setString(1, seat.id().toString());
                bindColumns(insert, 2, seat);
            });
    private static final OptimisticUpdate<BodySeat> UPDATE_SEAT = new OptimisticUpdate<>(UPDATE,
            BodySeat.AGGREGATE_TYPE, 6, (update, seat) -> bindColumns(update, 1, seat));

    private final Statements statements;
    private final Database database;
    private final Runnable writeMembersFirst;

    /**
     * @param writeMembersFirst writes the members the unit of work holds back, which the council's
     *                          foreign key wants in the database first
     */
    JdbcBodySeats(Statements statements, Database database, Runnable writeMembersFirst) {
        this.statements = statements;
        this.database = database;
        this.writeMembersFirst = writeMembersFirst;
    }

    /** Binds a seat's columns after its id, six from {@code first} on. */
    private static void bindColumns(PreparedStatement statement, int first, BodySeat seat) throws SQLException {
        statement.setString(first, seat.body().name());
        Parameters.setId(statement, first + 1, seat.council());
        Parameters.setPerson(statement, first + 2, seat.person());
        statement.setString(first + 3, seat.role());
        statement.setObject(first + 4, seat.from());
        Parameters.setDate(statement, first + 5, seat.until());
    }

    /** The seat with this id, if stored. */
    Optional<BodySeat> find(SeatId id) {
        try {
            PreparedStatement query = statements.prepare(FIND);
            query.setString(1, id.toString());
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(seatIn(rows, database)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw database.failure("reading seat " + id, e);
        }
    }

    /**
     * Inserts a new seat (version 0), or updates a stored one if it is still at the seat's version.
     *
     * @return the version now stored
     * @throws ConcurrentUpdateException if a seat with the id is stored already, or another unit of
     *                                   work saved this one first
     */
    long save(BodySeat seat) {
        writeMembersFirst.run();
        long expected = seat.version();
        if (expected == 0) {
            NEW_SEAT.insert(statements, database, List.of(seat));
            return 1;
        }
        String id = seat.id().toString();
        try {
            UPDATE_SEAT.run(statements, seat, id, expected);
            return expected + 1;
        } catch (SQLException e) {
            throw SqlStates.savingFailure(database, BodySeat.AGGREGATE_TYPE, id, "seat " + id, e);
        }
    }

    /** Every seat in id order, read as consumed. */
    Stream<BodySeat> all() {
        return RowStream.streaming(statements, database, ALL, FETCH_SIZE, "every seat",
                rows -> () -> rows.next() ? Optional.of(seatIn(rows, database)) : Optional.empty());
    }

    /** The seat on the current row. */
    private static BodySeat seatIn(ResultSet rows, Database database) throws SQLException {
        String id = rows.getString(ID);
        String council = rows.getString(MEMBER);
        String person = rows.getString(PERSON);
        try {
            return new BodySeat(SeatId.parse(id), Body.valueOf(rows.getString(BODY)),
                    council == null ? null : MemberId.parse(council), person == null ? null : PersonId.parse(person),
                    rows.getString(ROLE), rows.getObject(FIRST_DAY, LocalDate.class),
                    rows.getObject(LAST_DAY, LocalDate.class), rows.getLong(VERSION));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw database.failure("reading seat " + id + ", which is stored in a state no seat can have", e);
        }
    }
}

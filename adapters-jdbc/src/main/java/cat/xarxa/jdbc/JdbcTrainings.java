package cat.xarxa.jdbc;

import cat.xarxa.common.ConcurrentUpdateException;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.member.MemberId;
import cat.xarxa.practice.Training;
import cat.xarxa.practice.TrainingId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The trainings councils open to the network in table {@code xarxa_training}, one row each, within
 * one unit of work: the training part of {@link JdbcPracticeRecords}.
 *
 * <p>A training is written at once, not behind: a command saves one. A new one is inserted; a
 * changed one is updated if the stored version is still its own. A training names its council with
 * a foreign key, so the members the unit of work holds back are written first.
 */
final class JdbcTrainings {

    /** Rows per round trip while streaming every training. */
    static final int FETCH_SIZE = 500;

    private static final String TRAININGS = "SELECT id, member_id, title, topic, first_day, last_day, meeting_format,"
            + " seats, link, version FROM xarxa_training";
    private static final String FIND = TRAININGS + " WHERE id = ?";
    private static final String ALL = TRAININGS + " ORDER BY id";
    private static final String INSERT = "INSERT INTO xarxa_training (id, member_id, title, topic, first_day, last_day,"
            + " meeting_format, seats, link, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)";
    private static final String UPDATE = "UPDATE xarxa_training SET member_id = ?, title = ?, topic = ?, first_day = ?,"
            + " last_day = ?, meeting_format = ?, seats = ?, link = ?, version = version + 1 WHERE id = ? AND version = ?";

    private static final int ID = 1;
    private static final int COUNCIL = 2;
    private static final int TITLE = 3;
    private static final int TOPIC = 4;
    private static final int FIRST_DAY = 5;
    private static final int LAST_DAY = 6;
    private static final int FORMAT = 7;
    private static final int SEATS = 8;
    private static final int LINK = 9;
    private static final int VERSION = 10;

    private static final BatchInsert<Training> NEW_TRAINING = new BatchInsert<>(Training.AGGREGATE_TYPE,
            "new trainings", training -> training.id().toString(), INSERT, (insert, training) -> {
                insert.setString(1, training.id().toString());
                bindColumns(insert, 2, training);
            });
    private static final OptimisticUpdate<Training> UPDATE_TRAINING = new OptimisticUpdate<>(UPDATE,
            Training.AGGREGATE_TYPE, 8, (update, training) -> bindColumns(update, 1, training));

    private final Statements statements;
    private final Database database;
    private final Runnable writeMembersFirst;

    /**
     * @param writeMembersFirst writes the members the unit of work holds back, which the council's
     *                          foreign key wants in the database first
     */
    JdbcTrainings(Statements statements, Database database, Runnable writeMembersFirst) {
        this.statements = statements;
        this.database = database;
        this.writeMembersFirst = writeMembersFirst;
    }

    /** Binds a training's columns after its id, eight from {@code first} on. */
    private static void bindColumns(PreparedStatement statement, int first, Training training) throws SQLException {
        statement.setString(first, training.council().toString());
        statement.setString(first + 1, training.title());
        statement.setString(first + 2, training.topic());
        statement.setObject(first + 3, training.from());
        statement.setObject(first + 4, training.to());
        statement.setString(first + 5, training.format().name());
        statement.setInt(first + 6, training.seats());
        statement.setString(first + 7, training.link());
    }

    /** The training with this id, if stored. */
    Optional<Training> find(TrainingId id) {
        try {
            PreparedStatement query = statements.prepare(FIND);
            query.setString(1, id.toString());
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(trainingIn(rows, database)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw database.failure("reading training " + id, e);
        }
    }

    /**
     * Inserts a new training (version 0), or updates a stored one if it is still at the training's
     * version.
     *
     * @return the version now stored
     * @throws ConcurrentUpdateException if a training with the id is stored already, or another
     *                                   unit of work saved this one first
     */
    long save(Training training) {
        writeMembersFirst.run();
        String id = training.id().toString();
        long expected = training.version();
        if (expected == 0) {
            NEW_TRAINING.insert(statements, database, List.of(training));
            return 1;
        }
        try {
            UPDATE_TRAINING.run(statements, training, id, expected);
            return expected + 1;
        } catch (SQLException e) {
            throw SqlStates.savingFailure(database, Training.AGGREGATE_TYPE, id, "training " + id, e);
        }
    }

    /** Every training in id order, read as consumed. */
    Stream<Training> all() {
        return RowStream.streaming(statements, database, ALL, FETCH_SIZE, "every training",
                rows -> () -> rows.next() ? Optional.of(trainingIn(rows, database)) : Optional.empty());
    }

    /** The training on the current row. */
    private static Training trainingIn(ResultSet rows, Database database) throws SQLException {
        String id = rows.getString(ID);
        try {
            return new Training(TrainingId.parse(id), MemberId.parse(rows.getString(COUNCIL)), rows.getString(TITLE),
                    rows.getString(TOPIC), rows.getObject(FIRST_DAY, LocalDate.class),
                    rows.getObject(LAST_DAY, LocalDate.class), MeetingFormat.valueOf(rows.getString(FORMAT)),
                    rows.getInt(SEATS), rows.getString(LINK), rows.getLong(VERSION));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw database.failure("reading training " + id + ", which is stored in a state no training can have", e);
        }
    }
}

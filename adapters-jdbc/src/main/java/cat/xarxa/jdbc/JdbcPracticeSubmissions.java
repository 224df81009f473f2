package cat.xarxa.jdbc;

import cat.xarxa.common.ConcurrentUpdateException;
import cat.xarxa.practice.PracticeSubmission;
import cat.xarxa.practice.SubmissionId;
import cat.xarxa.practice.SystematisationSheet;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The practices submitted to calls in table {@code xarxa_practice_submission} with their promoters
 * in {@code xarxa_practice_promoter} and their themes in {@code xarxa_practice_theme}, within one
 * unit of work: the submission part of {@link JdbcPracticeRecords}. A submission is read by three
 * queries, its row, its promoters and its themes, read side by side (see
 * {@link PracticeSubmissionRows}); {@link #all()} streams the same three for every submission. The
 * systematisation sheet is columns of the submission's row, all null until it is completed.
 *
 * <p>A submission is written at once, not behind: a command saves one. A new one is inserted with
 * its promoters and themes; a changed one is updated if the stored version is still its own, which
 * locks its row, and then its promoters and themes are replaced whole. A submission names its
 * council with a foreign key, so the members the unit of work holds back are written first; its
 * call, with one too, is written at once.
 */
final class JdbcPracticeSubmissions {

    /** Rows per round trip while streaming every submission. */
    static final int FETCH_SIZE = 500;

    private static final String SUBMISSIONS = "SELECT " + PracticeSubmissionRows.SUBMISSION_COLUMNS
            + " FROM xarxa_practice_submission p";
    private static final String PROMOTERS = "SELECT " + PracticeSubmissionRows.PROMOTER_COLUMNS
            + " FROM xarxa_practice_promoter c";
    private static final String THEMES = "SELECT " + PracticeSubmissionRows.THEME_COLUMNS
            + " FROM xarxa_practice_theme c";

    /** One submission, by id; one parameter, the id. */
    private static final List<String> FIND = queries(" WHERE p.id = ?", " WHERE c.submission_id = ?");
    /** Every submission, in id order. */
    private static final List<String> ALL = queries("", "");

    private static final String INSERT = "INSERT INTO xarxa_practice_submission (id, call_id, member_id, title,"
            + " summary, contact_person_id, submitted_on, status, early_dissemination, reviewed_on, sheet_context,"
            + " sheet_description, sheet_results, sheet_lessons, sheet_link, sheet_supported, sheet_completed_on,"
            + " published_on, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)";
    private static final String UPDATE = "UPDATE xarxa_practice_submission SET call_id = ?, member_id = ?, title = ?,"
            + " summary = ?, contact_person_id = ?, submitted_on = ?, status = ?, early_dissemination = ?,"
            + " reviewed_on = ?, sheet_context = ?, sheet_description = ?, sheet_results = ?, sheet_lessons = ?,"
            + " sheet_link = ?, sheet_supported = ?, sheet_completed_on = ?, published_on = ?,"
            + " version = version + 1 WHERE id = ? AND version = ?";

    /** A promoting organisation at its position, in the order given. */
    private static final ChildRows<String> PROMOTER_ROWS = ChildRows.replacedBy(
            "DELETE FROM xarxa_practice_promoter WHERE submission_id = ?",
            "INSERT INTO xarxa_practice_promoter (submission_id, position, name) VALUES (?, ?, ?)",
            (insert, position, name) -> {
                insert.setInt(2, position);
                insert.setString(3, name);
            });
    /** A theme at its position, in the order given. */
    private static final ChildRows<String> THEME_ROWS = ChildRows.replacedBy(
            "DELETE FROM xarxa_practice_theme WHERE submission_id = ?",
            "INSERT INTO xarxa_practice_theme (submission_id, position, theme) VALUES (?, ?, ?)",
            (insert, position, theme) -> {
                insert.setInt(2, position);
                insert.setString(3, theme);
            });

    private static final BatchInsert<PracticeSubmission> NEW_SUBMISSION = new BatchInsert<PracticeSubmission>(
            PracticeSubmission.AGGREGATE_TYPE, "new practice submissions", submission -> submission.id().toString(),
            INSERT, (insert, submission) -> {
                insert.setString(1, submission.id().toString());
                bindColumns(insert, 2, submission);
            })
            .withChildren(PROMOTER_ROWS, PracticeSubmission::promoters)
            .withChildren(THEME_ROWS, PracticeSubmission::themes);
    private static final OptimisticUpdate<PracticeSubmission> UPDATE_SUBMISSION = new OptimisticUpdate<>(UPDATE,
            PracticeSubmission.AGGREGATE_TYPE, 17, (update, submission) -> bindColumns(update, 1, submission));

    private final Statements statements;
    private final Database database;
    private final Runnable writeMembersFirst;

    /**
     * @param writeMembersFirst writes the members the unit of work holds back, which the council's
     *                          foreign key wants in the database first
     */
    JdbcPracticeSubmissions(Statements statements, Database database, Runnable writeMembersFirst) {
        this.statements = statements;
        this.database = database;
        this.writeMembersFirst = writeMembersFirst;
    }

    /** The three queries read side by side, each with its filter, ordered alike. */
    private static List<String> queries(String submissionFilter, String childFilter) {
        return List.of(SUBMISSIONS + submissionFilter + " ORDER BY p.id",
                PROMOTERS + childFilter + " ORDER BY c.submission_id, c.position",
                THEMES + childFilter + " ORDER BY c.submission_id, c.position");
    }

    /** Binds a submission's columns after its id, seventeen from {@code first} on. */
    private static void bindColumns(PreparedStatement statement, int first, PracticeSubmission submission)
            throws SQLException {
        statement.setString(first, submission.call().toString());
        statement.setString(first + 1, submission.council().toString());
        statement.setString(first + 2, submission.title());
        statement.setString(first + 3, submission.summary());
        statement.setString(first + 4, submission.contact().toString());
        statement.setObject(first + 5, submission.submittedOn());
        statement.setString(first + 6, submission.status().name());
        statement.setBoolean(first + 7, submission.earlyDissemination());
        Parameters.setDate(statement, first + 8, submission.reviewedOn());
        bindSheet(statement, first + 9, submission.sheet());
        Parameters.setDate(statement, first + 16, submission.publishedOn());
    }

    /** Binds the sheet's seven columns from {@code first} on, all null when there is no sheet. */
    private static void bindSheet(PreparedStatement statement, int first, SystematisationSheet sheet)
            throws SQLException {
        if (sheet == null) {
            for (int text = 0; text < 5; text++) {
                statement.setNull(first + text, Types.VARCHAR);
            }
            statement.setNull(first + 5, Types.BOOLEAN);
            Parameters.setDate(statement, first + 6, null);
        } else {
            statement.setString(first, sheet.context());
            statement.setString(first + 1, sheet.description());
            statement.setString(first + 2, sheet.results());
            statement.setString(first + 3, sheet.lessons());
            statement.setString(first + 4, sheet.link());
            statement.setBoolean(first + 5, sheet.supported());
            Parameters.setDate(statement, first + 6, sheet.completedOn());
        }
    }

    /** The submission with this id, if stored. */
    Optional<PracticeSubmission> find(SubmissionId id) {
        return SideBySideQueries.read(statements, database, FIND, id.toString(), "reading practice submission " + id,
                results -> new PracticeSubmissionRows(results, database)::next).stream().findFirst();
    }

    /**
     * Inserts a new submission (version 0) with its promoters and themes, or updates a stored one
     * if it is still at the submission's version and replaces them.
     *
     * @return the version now stored
     * @throws ConcurrentUpdateException if a submission with the id is stored already, or another
     *                                   unit of work saved this one first
     */
    long save(PracticeSubmission submission) {
        writeMembersFirst.run();
        String id = submission.id().toString();
        long expected = submission.version();
        if (expected == 0) {
            NEW_SUBMISSION.insert(statements, database, List.of(submission));
            return 1;
        }
        try {
            // The update locks the submission's row, so nobody else writes its child rows meanwhile.
            UPDATE_SUBMISSION.run(statements, submission, id, expected);
            PROMOTER_ROWS.replace(statements, id, submission.promoters());
            THEME_ROWS.replace(statements, id, submission.themes());
            return expected + 1;
        } catch (SQLException e) {
            throw SqlStates.savingFailure(database, PracticeSubmission.AGGREGATE_TYPE, id, "practice submission " + id,
                    e);
        }
    }

    /** Every submission in id order, read as consumed. */
    Stream<PracticeSubmission> all() {
        return RowStream.streamingSideBySide(statements, database, ALL, FETCH_SIZE, "every practice submission",
                results -> new PracticeSubmissionRows(results, database)::next);
    }
}

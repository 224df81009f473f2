package cat.xarxa.jdbc;

import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import cat.xarxa.practice.CallId;
import cat.xarxa.practice.PracticeSubmission;
import cat.xarxa.practice.SubmissionId;
import cat.xarxa.practice.SubmissionStatus;
import cat.xarxa.practice.SystematisationSheet;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads practice submissions from three results read side by side, the queries of
 * {@link JdbcPracticeSubmissions}: the submissions' rows, their promoters and their themes, ordered
 * by submission id (in the collation every id column has), the promoters and themes then by
 * position. The consecutive rows of each child result with the id of the submission at hand are
 * its own. The sheet is there when its completion day is.
 */
final class PracticeSubmissionRows {

    /** The columns of the submissions' query, in order. */
    static final String SUBMISSION_COLUMNS = "p.id, p.call_id, p.member_id, p.title, p.summary, p.contact_person_id,"
            + " p.submitted_on, p.status, p.early_dissemination, p.reviewed_on, p.sheet_context, p.sheet_description,"
            + " p.sheet_results, p.sheet_lessons, p.sheet_link, p.sheet_supported, p.sheet_completed_on,"
            + " p.published_on, p.version";
    /** The columns of the promoters' query, in order. */
    static final String PROMOTER_COLUMNS = "c.submission_id, c.name";
    /** The columns of the themes' query, in order. */
    static final String THEME_COLUMNS = "c.submission_id, c.theme";

    private static final int CALL = 2;
    private static final int COUNCIL = 3;
    private static final int TITLE = 4;
    private static final int SUMMARY = 5;
    private static final int CONTACT = 6;
    private static final int SUBMITTED_ON = 7;
    private static final int STATUS = 8;
    private static final int EARLY_DISSEMINATION = 9;
    private static final int REVIEWED_ON = 10;
    private static final int SHEET_CONTEXT = 11;
    private static final int SHEET_DESCRIPTION = 12;
    private static final int SHEET_RESULTS = 13;
    private static final int SHEET_LESSONS = 14;
    private static final int SHEET_LINK = 15;
    private static final int SHEET_SUPPORTED = 16;
    private static final int SHEET_COMPLETED_ON = 17;
    private static final int PUBLISHED_ON = 18;
    private static final int VERSION = 19;

    private final RowsAhead submissions;
    private final RowsAhead promoters;
    private final RowsAhead themes;
    private final Database database;

    /**
     * Starts before the first row of each result.
     *
     * @param results the submissions, promoters and themes, in that order
     */
    PracticeSubmissionRows(List<ResultSet> results, Database database) throws SQLException {
        this.submissions = new RowsAhead(results.get(0));
        this.promoters = new RowsAhead(results.get(1));
        this.themes = new RowsAhead(results.get(2));
        this.database = database;
    }

    /** The next submission, with its promoters, themes and sheet, or empty when the rows are used up. */
    Optional<PracticeSubmission> next() throws SQLException {
        if (!submissions.onRow()) {
            return Optional.empty();
        }
        ResultSet row = submissions.rows();
        String id = row.getString(RowsAhead.OWNER);
        try {
            PracticeSubmission submission = new PracticeSubmission(SubmissionId.parse(id),
                    CallId.parse(row.getString(CALL)), MemberId.parse(row.getString(COUNCIL)), row.getString(TITLE),
                    namesOf(promoters, id), row.getString(SUMMARY), PersonId.parse(row.getString(CONTACT)),
                    namesOf(themes, id), row.getObject(SUBMITTED_ON, LocalDate.class),
                    SubmissionStatus.valueOf(row.getString(STATUS)), row.getBoolean(EARLY_DISSEMINATION),
                    row.getObject(REVIEWED_ON, LocalDate.class), sheetIn(row),
                    row.getObject(PUBLISHED_ON, LocalDate.class), row.getLong(VERSION));
            submissions.advance();
            return Optional.of(submission);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw database.failure("reading practice submission " + id
                    + ", which is stored in a state no submission can have", e);
        }
    }

    /** The sheet on the current row, or null if it was never completed. */
    private static SystematisationSheet sheetIn(ResultSet row) throws SQLException {
        LocalDate completedOn = row.getObject(SHEET_COMPLETED_ON, LocalDate.class);
        if (completedOn == null) {
            return null;
        }
        return new SystematisationSheet(row.getString(SHEET_CONTEXT), row.getString(SHEET_DESCRIPTION),
                row.getString(SHEET_RESULTS), row.getString(SHEET_LESSONS), row.getString(SHEET_LINK),
                row.getBoolean(SHEET_SUPPORTED), completedOn);
    }

    /** The texts of a child result the submission at hand owns, in order: its promoters or its themes. */
    private static List<String> namesOf(RowsAhead rows, String id) throws SQLException {
        List<String> found = new ArrayList<>();
        for (; rows.isOf(id); rows.advance()) {
            found.add(rows.rows().getString(2));
        }
        return found;
    }
}

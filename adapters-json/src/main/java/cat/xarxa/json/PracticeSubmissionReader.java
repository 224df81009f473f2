package cat.xarxa.json;

import static cat.xarxa.json.TreeFields.bool;
import static cat.xarxa.json.TreeFields.built;
import static cat.xarxa.json.TreeFields.date;
import static cat.xarxa.json.TreeFields.enumValue;
import static cat.xarxa.json.TreeFields.id;
import static cat.xarxa.json.TreeFields.list;
import static cat.xarxa.json.TreeFields.object;
import static cat.xarxa.json.TreeFields.optional;
import static cat.xarxa.json.TreeFields.optionalDate;
import static cat.xarxa.json.TreeFields.optionalText;
import static cat.xarxa.json.TreeFields.text;

import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import cat.xarxa.practice.CallId;
import cat.xarxa.practice.PracticeSubmission;
import cat.xarxa.practice.SubmissionId;
import cat.xarxa.practice.SubmissionStatus;
import cat.xarxa.practice.SystematisationSheet;
import java.time.LocalDate;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads a submitted practice in {@link PracticeSubmissionShape}'s shape, with version 0, as one
 * not yet stored. Refused here, naming the field by its path (e.g. {@code sheet.completedOn}):
 * a missing value (only these may be missing: {@code promoters} and {@code themes}, meaning none;
 * {@code earlyDissemination}, meaning not flagged; {@code reviewedOn}, {@code sheet} and
 * {@code publishedOn}, meaning none yet; a sheet's {@code lessons} and {@code link}, meaning none,
 * and {@code supported}, meaning not supported), a value of the wrong JSON type, an id or a date
 * that is not one, an unknown {@code status}, and dates that do not fit the status: a review date
 * exactly when it has been reviewed (field {@code reviewedOn}), a publication date exactly when
 * it is published (field {@code publishedOn}), a sheet when it is published (field
 * {@code sheet}), and the early-dissemination flag only on a selected or published practice
 * (field {@code earlyDissemination}). Whether the call is open on the day, the council and the
 * contact person are there and the sheet's link is a web address is the import's to judge.
 */
final class PracticeSubmissionReader {

    /** The record as files name it. */
    static final String RECORD = "practice-submission";

    private PracticeSubmissionReader() {
    }

    /**
     * Reads the submission at a node.
     *
     * @throws RecordProblem naming the field that cannot be read
     */
    static PracticeSubmission read(JsonNode record) {
        object(record, "");
        SubmissionId id = id(record, PracticeSubmissionShape.ID, "", SubmissionId::parse);
        CallId call = id(record, PracticeSubmissionShape.CALL, "", CallId::parse);
        MemberId council = id(record, PracticeSubmissionShape.COUNCIL, "", MemberId::parse);
        String title = text(record, PracticeSubmissionShape.TITLE, "");
        List<String> promoters = list(record, PracticeSubmissionShape.PROMOTERS, "", TreeFields::textElement);
        String summary = text(record, PracticeSubmissionShape.SUMMARY, "");
        PersonId contact = id(record, PracticeSubmissionShape.CONTACT, "", PersonId::parse);
        List<String> themes = list(record, PracticeSubmissionShape.THEMES, "", TreeFields::textElement);
        LocalDate submittedOn = date(record, PracticeSubmissionShape.SUBMITTED_ON, "");
        SubmissionStatus status = enumValue(record, PracticeSubmissionShape.STATUS, "", SubmissionStatus.class);
        boolean early = bool(record, PracticeSubmissionShape.EARLY_DISSEMINATION, "", false);
        LocalDate reviewedOn = optionalDate(record, PracticeSubmissionShape.REVIEWED_ON, "");
        SystematisationSheet sheet = sheet(optional(record, PracticeSubmissionShape.SHEET),
                PracticeSubmissionShape.SHEET);
        LocalDate publishedOn = optionalDate(record, PracticeSubmissionShape.PUBLISHED_ON, "");
        return built(inconsistent(status, early, reviewedOn, sheet, publishedOn), RECORD,
                () -> new PracticeSubmission(id, call, council, title, promoters, summary, contact, themes, submittedOn,
                        status, early, reviewedOn, sheet, publishedOn, 0));
    }

    /** The completed sheet; none when nothing is written. */
    private static SystematisationSheet sheet(JsonNode node, String path) {
        if (node == null) {
            return null;
        }
        object(node, path);
        return new SystematisationSheet(text(node, PracticeSubmissionShape.CONTEXT, path),
                text(node, PracticeSubmissionShape.DESCRIPTION, path),
                text(node, PracticeSubmissionShape.RESULTS, path),
                optionalText(node, PracticeSubmissionShape.LESSONS, path),
                optionalText(node, PracticeSubmissionShape.LINK, path),
                bool(node, PracticeSubmissionShape.SUPPORTED, path, false),
                date(node, PracticeSubmissionShape.COMPLETED_ON, path));
    }

    /** The field a submission's constructor would refuse, in the order it checks them. */
    private static String inconsistent(SubmissionStatus status, boolean early, LocalDate reviewedOn,
                                       SystematisationSheet sheet, LocalDate publishedOn) {
        if ((status == SubmissionStatus.SUBMITTED) != (reviewedOn == null)) {
            return PracticeSubmissionShape.REVIEWED_ON;
        }
        if ((status == SubmissionStatus.PUBLISHED) != (publishedOn != null)) {
            return PracticeSubmissionShape.PUBLISHED_ON;
        }
        if (status == SubmissionStatus.PUBLISHED && sheet == null) {
            return PracticeSubmissionShape.SHEET;
        }
        return early ? PracticeSubmissionShape.EARLY_DISSEMINATION : PracticeSubmissionShape.STATUS;
    }
}

package cat.xarxa.practice;

import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A good practice a member council submitted to a call (seed 003), with its review, its
 * systematisation sheet and its publication. The contact person is personal data: a publication
 * shows the council, never the person. Immutable.
 *
 * @param id                 the id
 * @param call               the call
 * @param council            the submitting council
 * @param title              its title
 * @param promoters          the organisations that promote it
 * @param summary            a short explanation
 * @param contact            the reference person
 * @param themes             its themes, as tags
 * @param submittedOn        when it was submitted
 * @param status             where it stands
 * @param earlyDissemination whether the Technical Commission flagged it to be shared as soon as possible
 * @param reviewedOn         when it was reviewed, or null
 * @param sheet              its systematisation sheet, or null
 * @param publishedOn        when it was published, or null
 * @param version            the version the store last saved; 0 if never stored
 */
public record PracticeSubmission(SubmissionId id, CallId call, MemberId council, String title, List<String> promoters,
                                 String summary, PersonId contact, List<String> themes, LocalDate submittedOn,
                                 SubmissionStatus status, boolean earlyDissemination, LocalDate reviewedOn,
                                 SystematisationSheet sheet, LocalDate publishedOn, long version) {

    /** The aggregate type in the journal. */
    public static final String AGGREGATE_TYPE = "practice-submission";

    public PracticeSubmission {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(title, "title");
        promoters = List.copyOf(promoters);
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(contact, "contact");
        themes = List.copyOf(themes);
        Objects.requireNonNull(submittedOn, "submittedOn");
        Objects.requireNonNull(status, "status");
        if ((status == SubmissionStatus.SUBMITTED) != (reviewedOn == null)) {
            throw new IllegalArgumentException("a submission has a review date exactly when it has been reviewed");
        }
        if ((status == SubmissionStatus.PUBLISHED) != (publishedOn != null)) {
            throw new IllegalArgumentException("a submission has a publication date exactly when it is published");
        }
        if (status == SubmissionStatus.PUBLISHED && sheet == null) {
            throw new IllegalArgumentException("a published practice has its systematisation sheet");
        }
        if (earlyDissemination && status != SubmissionStatus.SELECTED && status != SubmissionStatus.PUBLISHED) {
            throw new IllegalArgumentException("only a selected practice is flagged for early dissemination");
        }
    }

    /** A practice just submitted. */
    public static PracticeSubmission submitted(SubmissionId id, CallId call, MemberId council, String title,
                                               List<String> promoters, String summary, PersonId contact,
                                               List<String> themes, LocalDate on) {
        return new PracticeSubmission(id, call, council, title, promoters, summary, contact, themes, on,
                SubmissionStatus.SUBMITTED, false, null, null, null, 0);
    }

    /** The same submission as stored at a version. */
    public PracticeSubmission withVersion(long storedVersion) {
        return new PracticeSubmission(id, call, council, title, promoters, summary, contact, themes, submittedOn, status,
                earlyDissemination, reviewedOn, sheet, publishedOn, storedVersion);
    }

    /** The same submission reviewed. */
    public PracticeSubmission reviewed(boolean selected, boolean early, LocalDate on) {
        return new PracticeSubmission(id, call, council, title, promoters, summary, contact, themes, submittedOn,
                selected ? SubmissionStatus.SELECTED : SubmissionStatus.NOT_SELECTED, early, on, sheet, publishedOn,
                version);
    }

    /** The same submission with its sheet completed. */
    public PracticeSubmission withSheet(SystematisationSheet completed) {
        return new PracticeSubmission(id, call, council, title, promoters, summary, contact, themes, submittedOn, status,
                earlyDissemination, reviewedOn, completed, publishedOn, version);
    }

    /** The same submission published. */
    public PracticeSubmission published(LocalDate on) {
        return new PracticeSubmission(id, call, council, title, promoters, summary, contact, themes, submittedOn,
                SubmissionStatus.PUBLISHED, earlyDissemination, reviewedOn, sheet, on, version);
    }
}

package cat.xarxa.practice;

import cat.xarxa.common.Decision;
import cat.xarxa.member.MemberId;
import java.util.List;
import java.util.Optional;

/**
 * The good-practices bank (seed 003) and the catalogue of trainings councils open to the network
 * (seed 001).
 */
public interface GoodPractices {

    /** Opens a call. {@code practice.deadline-before-opening} */
    Decision<PracticeCall> open(OpenCall command);

    /**
     * A member council submits a practice. {@code practice.call-not-found},
     * {@code practice.call-not-open}, {@code practice.after-deadline}, {@code practice.not-a-member},
     * {@code member.not-found}, {@code person.not-found}
     */
    Decision<PracticeSubmission> submit(SubmitPractice command);

    /**
     * The Technical Commission reviews a submission. {@code practice.not-found},
     * {@code practice.illegal-transition}, {@code practice.early-needs-selection},
     * {@code practice.review-before-submission}
     */
    Decision<PracticeSubmission> review(ReviewSubmission command);

    /** Completes a selected practice's sheet. {@code practice.not-found}, {@code practice.not-selected}, {@code practice.link-invalid} */
    Decision<PracticeSubmission> completeSheet(CompleteSheet command);

    /** Publishes a selected practice with its sheet. {@code practice.not-found}, {@code practice.illegal-transition}, {@code practice.sheet-missing} */
    Decision<PracticeSubmission> publish(PublishPractice command);

    /** A council opens a training. {@code practice.training-dates}, {@code practice.link-invalid}, {@code practice.not-a-member}, {@code member.not-found} */
    Decision<Training> offer(OfferTraining command);

    /** A call. */
    Optional<PracticeCall> call(CallId id);

    /** Every call, in id order. */
    List<PracticeCall> calls();

    /** A submission. */
    Optional<PracticeSubmission> submission(SubmissionId id);

    /** The submissions to a call, by day then id. */
    List<PracticeSubmission> submissionsTo(CallId call);

    /** The selected practices flagged for early dissemination, by review day. */
    List<PracticeSubmission> forEarlyDissemination();

    /**
     * The published practices, optionally of one theme and one council (null for any), by day of
     * publication then id.
     */
    List<PracticeSubmission> published(String theme, MemberId council);

    /** The trainings on a topic (null for every topic), by first day then id. */
    List<Training> trainings(String topic);
}

package cat.xarxa.practice;

import java.util.Optional;
import java.util.stream.Stream;

/** Calls for good practices, their submissions and the trainings councils open, as a store holds them (port). */
public interface PracticeRecords {

    /** The call with this id, if stored. */
    Optional<PracticeCall> call(CallId id);

    /**
     * Stores a call: inserts if its version is 0, otherwise replaces it only if the stored version
     * is still the call's.
     *
     * @return the version now stored
     * @throws cat.xarxa.common.ConcurrentUpdateException if another unit of work changed it first
     */
    long save(PracticeCall call);

    /** Every call in id order; close the stream. */
    Stream<PracticeCall> calls();

    /** The submission with this id, if stored. */
    Optional<PracticeSubmission> submission(SubmissionId id);

    /** Stores a submission with its sheet, as {@link #save(PracticeCall)}. */
    long save(PracticeSubmission submission);

    /** Every submission in id order; close the stream. */
    Stream<PracticeSubmission> submissions();

    /** The training with this id, if stored. */
    Optional<Training> training(TrainingId id);

    /** Stores a training, as {@link #save(PracticeCall)}. */
    long save(Training training);

    /** Every training in id order; close the stream. */
    Stream<Training> trainings();
}

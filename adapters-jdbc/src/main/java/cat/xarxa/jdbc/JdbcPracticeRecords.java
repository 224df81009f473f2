package cat.xarxa.jdbc;

import cat.xarxa.practice.CallId;
import cat.xarxa.practice.PracticeCall;
import cat.xarxa.practice.PracticeRecords;
import cat.xarxa.practice.PracticeSubmission;
import cat.xarxa.practice.SubmissionId;
import cat.xarxa.practice.Training;
import cat.xarxa.practice.TrainingId;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Calls for good practices, the practices submitted to them and the trainings councils open,
 * within one unit of work: the port {@link PracticeRecords} over {@link JdbcPracticeCalls},
 * {@link JdbcPracticeSubmissions} and {@link JdbcTrainings}, which keep one table family each. All
 * three write at once, so nothing waits for the commit.
 */
final class JdbcPracticeRecords implements PracticeRecords {

    private final JdbcPracticeCalls calls;
    private final JdbcPracticeSubmissions submissions;
    private final JdbcTrainings trainings;

    JdbcPracticeRecords(JdbcPracticeCalls calls, JdbcPracticeSubmissions submissions, JdbcTrainings trainings) {
        this.calls = calls;
        this.submissions = submissions;
        this.trainings = trainings;
    }

    @Override
    public Optional<PracticeCall> call(CallId id) {
        return calls.find(id);
    }

    @Override
    public long save(PracticeCall call) {
        return calls.save(call);
    }

    @Override
    public Stream<PracticeCall> calls() {
        return calls.all();
    }

    @Override
    public Optional<PracticeSubmission> submission(SubmissionId id) {
        return submissions.find(id);
    }

    @Override
    public long save(PracticeSubmission submission) {
        return submissions.save(submission);
    }

    @Override
    public Stream<PracticeSubmission> submissions() {
        return submissions.all();
    }

    @Override
    public Optional<Training> training(TrainingId id) {
        return trainings.find(id);
    }

    @Override
    public long save(Training training) {
        return trainings.save(training);
    }

    @Override
    public Stream<Training> trainings() {
        return trainings.all();
    }
}

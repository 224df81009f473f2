package cat.xarxa.memory;

import cat.xarxa.practice.CallId;
import cat.xarxa.practice.PracticeCall;
import cat.xarxa.practice.PracticeRecords;
import cat.xarxa.practice.PracticeSubmission;
import cat.xarxa.practice.SubmissionId;
import cat.xarxa.practice.Training;
import cat.xarxa.practice.TrainingId;
import java.util.Optional;
import java.util.stream.Stream;

/** The good-practices port over one memory transaction's overlays. */
final class MemoryPracticeRecords implements PracticeRecords {

    private final MemoryTable<PracticeCall>.Overlay calls;
    private final MemoryTable<PracticeSubmission>.Overlay submissions;
    private final MemoryTable<Training>.Overlay trainings;

    MemoryPracticeRecords(MemoryTable<PracticeCall>.Overlay calls, MemoryTable<PracticeSubmission>.Overlay submissions,
                          MemoryTable<Training>.Overlay trainings) {
        this.calls = calls;
        this.submissions = submissions;
        this.trainings = trainings;
    }

    @Override
    public Optional<PracticeCall> call(CallId id) {
        return calls.find(id.toString());
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
        return submissions.find(id.toString());
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
        return trainings.find(id.toString());
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

package cat.xarxa;

import cat.xarxa.common.Decision;
import cat.xarxa.common.IdSource;
import cat.xarxa.common.Reason;
import cat.xarxa.common.WebLinks;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberStatus;
import cat.xarxa.practice.CallId;
import cat.xarxa.practice.CallOpened;
import cat.xarxa.practice.CompleteSheet;
import cat.xarxa.practice.GoodPractices;
import cat.xarxa.practice.OfferTraining;
import cat.xarxa.practice.OpenCall;
import cat.xarxa.practice.PracticeCall;
import cat.xarxa.practice.PracticeChanged;
import cat.xarxa.practice.PracticeSubmission;
import cat.xarxa.practice.PublishPractice;
import cat.xarxa.practice.ReviewSubmission;
import cat.xarxa.practice.SubmissionId;
import cat.xarxa.practice.SubmissionStatus;
import cat.xarxa.practice.SubmitPractice;
import cat.xarxa.practice.Training;
import cat.xarxa.practice.TrainingId;
import cat.xarxa.practice.TrainingOffered;
import cat.xarxa.spi.Transaction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** {@link GoodPractices} over a store: each command is one unit of work. */
final class PracticeDesk implements GoodPractices {

    private final UnitOfWork work;
    private final IdSource ids;

    PracticeDesk(UnitOfWork work, IdSource ids) {
        this.work = work;
        this.ids = ids;
    }

    @Override
    public Decision<PracticeCall> open(OpenCall command) {
        if (command.deadline().isBefore(command.opensOn())) {
            return Decision.rejected(Reason.of("practice.deadline-before-opening", command.deadline(), command.opensOn()));
        }
        return work.run(scope -> {
            PracticeCall call = new PracticeCall(new CallId(ids.nextId()), command.title(), command.opensOn(),
                    command.deadline(), command.priorities(), 0);
            long version = scope.tx().practices().save(call);
            PracticeCall stored = call.withVersion(version);
            return scope.record(Decision.accepted(stored, new CallOpened(stored)), version);
        });
    }

    /** Why a council may not take part on a day: unknown, or not a full member then. */
    static Optional<Reason> councilProblem(Transaction tx, MemberId council, LocalDate on) {
        Optional<Member> member = tx.members().find(council);
        if (member.isEmpty()) {
            return Optional.of(Reason.of("member.not-found", council));
        }
        if (member.get().statusOn(on).filter(s -> s == MemberStatus.MEMBER).isEmpty()) {
            return Optional.of(Reason.of("practice.not-a-member", member.get().name(), on));
        }
        return Optional.empty();
    }

    @Override
    public Decision<PracticeSubmission> submit(SubmitPractice command) {
        return work.run(scope -> {
            Optional<PracticeCall> call = scope.tx().practices().call(command.call());
            if (call.isEmpty()) {
                return Decision.rejected(Reason.of("practice.call-not-found", command.call()));
            }
            List<Reason> problems = new ArrayList<>();
            if (command.on().isBefore(call.get().opensOn())) {
                problems.add(Reason.of("practice.call-not-open", call.get().title(), call.get().opensOn()));
            } else if (command.on().isAfter(call.get().deadline())) {
                problems.add(Reason.of("practice.after-deadline", call.get().title(), call.get().deadline()));
            }
            councilProblem(scope.tx(), command.council(), command.on()).ifPresent(problems::add);
            if (scope.tx().people().find(command.contact()).isEmpty()) {
                problems.add(Reason.of("person.not-found", command.contact()));
            }
            if (!problems.isEmpty()) {
                return Decision.rejected(problems);
            }
            PracticeSubmission submission = PracticeSubmission.submitted(new SubmissionId(ids.nextId()), command.call(),
                    command.council(), command.title(), command.promoters(), command.summary(), command.contact(),
                    command.themes(), command.on());
            return store(scope, submission, "PracticeSubmitted");
        });
    }

    private static Decision<PracticeSubmission> store(UnitOfWork.Scope scope, PracticeSubmission submission, String change) {
        long version = scope.tx().practices().save(submission);
        PracticeSubmission stored = submission.withVersion(version);
        return scope.record(Decision.accepted(stored, new PracticeChanged(stored, change)), version);
    }

    private Decision<PracticeSubmission> changing(SubmissionId id, String change,
                                                  BiFunction<UnitOfWork.Scope, PracticeSubmission, Decision<PracticeSubmission>> step) {
        return work.run(scope -> scope.tx().practices().submission(id).map(found -> {
            Decision<PracticeSubmission> next = step.apply(scope, found);
            return next.isRejected() ? next : store(scope, next.orElseThrow(), change);
        }).orElseGet(() -> Decision.rejected(Reason.of("practice.not-found", id))));
    }

    @Override
    public Decision<PracticeSubmission> review(ReviewSubmission command) {
        return changing(command.submission(), "PracticeReviewed", (scope, submission) -> {
            List<Reason> problems = new ArrayList<>();
            SubmissionStatus to = command.selected() ? SubmissionStatus.SELECTED : SubmissionStatus.NOT_SELECTED;
            if (!submission.status().next().contains(to)) {
                problems.add(Reason.of("practice.illegal-transition", submission.status(), to));
            }
            if (command.earlyDissemination() && !command.selected()) {
                problems.add(Reason.of("practice.early-needs-selection", submission.title()));
            }
            if (command.on().isBefore(submission.submittedOn())) {
                problems.add(Reason.of("practice.review-before-submission", command.on(), submission.submittedOn()));
            }
            return problems.isEmpty()
                    ? Decision.accepted(submission.reviewed(command.selected(), command.earlyDissemination(), command.on()),
                    List.of())
                    : Decision.rejected(problems);
        });
    }

    @Override
    public Decision<PracticeSubmission> completeSheet(CompleteSheet command) {
        return changing(command.submission(), "SheetCompleted", (scope, submission) -> {
            List<Reason> problems = new ArrayList<>();
            if (submission.status() != SubmissionStatus.SELECTED) {
                problems.add(Reason.of("practice.not-selected", submission.title(), submission.status()));
            }
            String link = command.link() == null ? "" : command.link().trim();
            if (!link.isEmpty() && !WebLinks.isWebLink(link)) {
                problems.add(Reason.of("practice.link-invalid", link));
            }
            if (submission.reviewedOn() != null && command.on().isBefore(submission.reviewedOn())) {
                problems.add(Reason.of("practice.sheet-before-review", command.on(), submission.reviewedOn()));
            }
            return problems.isEmpty() ? Decision.accepted(submission.withSheet(command.sheet()), List.of())
                    : Decision.rejected(problems);
        });
    }

    @Override
    public Decision<PracticeSubmission> publish(PublishPractice command) {
        return changing(command.submission(), "PracticePublished", (scope, submission) -> {
            if (!submission.status().next().contains(SubmissionStatus.PUBLISHED)) {
                return Decision.rejected(Reason.of("practice.illegal-transition", submission.status(),
                        SubmissionStatus.PUBLISHED));
            }
            if (submission.sheet() == null) {
                return Decision.rejected(Reason.of("practice.sheet-missing", submission.title()));
            }
            if (command.on().isBefore(submission.sheet().completedOn())) {
                return Decision.rejected(Reason.of("practice.publication-before-sheet", command.on(),
                        submission.sheet().completedOn()));
            }
            return Decision.accepted(submission.published(command.on()), List.of());
        });
    }

    @Override
    public Decision<Training> offer(OfferTraining command) {
        return work.run(scope -> {
            List<Reason> problems = new ArrayList<>();
            if (command.to().isBefore(command.from())) {
                problems.add(Reason.of("practice.training-dates", command.from(), command.to()));
            }
            if (!command.link().isEmpty() && !WebLinks.isWebLink(command.link())) {
                problems.add(Reason.of("practice.link-invalid", command.link()));
            }
            councilProblem(scope.tx(), command.council(), command.from()).ifPresent(problems::add);
            if (!problems.isEmpty()) {
                return Decision.rejected(problems);
            }
            Training training = new Training(new TrainingId(ids.nextId()), command.council(), command.title(),
                    command.topic(), command.from(), command.to(), command.format(), command.seats(), command.link(), 0);
            long version = scope.tx().practices().save(training);
            Training stored = training.withVersion(version);
            return scope.record(Decision.accepted(stored, new TrainingOffered(stored)), version);
        });
    }

    @Override
    public Optional<PracticeCall> call(CallId id) {
        return work.read(tx -> tx.practices().call(id));
    }

    @Override
    public List<PracticeCall> calls() {
        return work.read(tx -> {
            try (Stream<PracticeCall> all = tx.practices().calls()) {
                return all.toList();
            }
        });
    }

    @Override
    public Optional<PracticeSubmission> submission(SubmissionId id) {
        return work.read(tx -> tx.practices().submission(id));
    }

    private List<PracticeSubmission> submissions(Predicate<PracticeSubmission> which,
                                                 Comparator<PracticeSubmission> order) {
        return work.read(tx -> {
            try (Stream<PracticeSubmission> all = tx.practices().submissions()) {
                return all.filter(which).sorted(order.thenComparing(s -> s.id().toString())).toList();
            }
        });
    }

    @Override
    public List<PracticeSubmission> submissionsTo(CallId call) {
        return submissions(s -> s.call().equals(call), Comparator.comparing(PracticeSubmission::submittedOn));
    }

    @Override
    public List<PracticeSubmission> forEarlyDissemination() {
        return submissions(PracticeSubmission::earlyDissemination, Comparator.comparing(PracticeSubmission::reviewedOn));
    }

    @Override
    public List<PracticeSubmission> published(String theme, MemberId council) {
        return submissions(s -> s.status() == SubmissionStatus.PUBLISHED
                        && (theme == null || s.themes().contains(theme))
                        && (council == null || s.council().equals(council)),
                Comparator.comparing(PracticeSubmission::publishedOn));
    }

    @Override
    public List<Training> trainings(String topic) {
        return work.read(tx -> {
            try (Stream<Training> all = tx.practices().trainings()) {
                return all.filter(t -> topic == null || t.topic().equals(topic))
                        .sorted(Comparator.comparing(Training::from).thenComparing(t -> t.id().toString())).toList();
            }
        });
    }
}

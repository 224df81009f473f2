package cat.xarxa.json;

import cat.xarxa.advisory.Advisory;
import cat.xarxa.advisory.AdvisoryProduct;
import cat.xarxa.advisory.HourBank;
import cat.xarxa.common.Hours;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.common.Money;
import cat.xarxa.fee.FeePolicy;
import cat.xarxa.governance.AssemblyDecision;
import cat.xarxa.governance.Attendance;
import cat.xarxa.governance.Body;
import cat.xarxa.governance.BodySeat;
import cat.xarxa.governance.CastVote;
import cat.xarxa.governance.DecisionId;
import cat.xarxa.governance.EventId;
import cat.xarxa.governance.EventKind;
import cat.xarxa.governance.EventStatus;
import cat.xarxa.governance.Majority;
import cat.xarxa.governance.Motion;
import cat.xarxa.governance.MotionKind;
import cat.xarxa.governance.NetworkEvent;
import cat.xarxa.governance.Outcome;
import cat.xarxa.governance.SeatId;
import cat.xarxa.governance.Tally;
import cat.xarxa.governance.VoteChoice;
import cat.xarxa.governance.VotingRules;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import cat.xarxa.practice.CallId;
import cat.xarxa.practice.PracticeCall;
import cat.xarxa.practice.PracticeSubmission;
import cat.xarxa.practice.SubmissionId;
import cat.xarxa.practice.SubmissionStatus;
import cat.xarxa.practice.SystematisationSheet;
import cat.xarxa.practice.Training;
import cat.xarxa.practice.TrainingId;
import cat.xarxa.workinggroup.GroupProduct;
import cat.xarxa.workinggroup.WorkingGroup;
import cat.xarxa.workplan.ActionStatus;
import cat.xarxa.workplan.Evidence;
import cat.xarxa.workplan.EvidenceKind;
import cat.xarxa.workplan.Objective;
import cat.xarxa.workplan.PlanAction;
import cat.xarxa.workplan.PlanCell;
import cat.xarxa.workplan.PlanId;
import cat.xarxa.workplan.Responsible;
import cat.xarxa.workplan.StrategicLine;
import cat.xarxa.workplan.WorkPlan;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Governance, good-practice and work-plan records for generated networks, each one an import
 * accepts: seats of councils, people or both, open or ended; events of every kind, status and
 * format, all-day or timed, to the second, with the attendance of the network's councils once
 * held; assembly decisions on every kind of motion whose target the network holds, with votes
 * that count and votes that do not, counted under any rules to the outcome those rules give;
 * calls for good practices and practices submitted to them in every status, with or without their
 * sheet; trainings; and work plans whose actions are answered for by every kind of party, planned
 * in years and semesters of the plan's period, in every status, with evidence pointing at the
 * network's events, products, advisories, materials, practices and trainings, or at a link.
 * Texts hold the characters that make JSON hard.
 */
final class GovernanceArbitraries {

    private static final String AWKWARD = "abcdefghijklmnopqrstuvwxyzàèéíïòóúüçñ·ABCÀÉÍÑÇ0123456789 ,;:'\"\\/{}[]\n\t";
    private static final List<String> ENDINGS = List.of("", "", " 😀", "𝄞", "\u2028");
    private static final List<String> TAGS = List.of("youth", "inter-cooperation", "ecological-transition",
            "responsible-public-procurement", "housing-cooperatives", "covid-19-response");
    private static final List<String> LINKS = List.of("https://xarxa.cat/p", "http://meet.xarxa.cat/ag?lang=ca&x=1",
            "https://sabadell.cat/formacio/l%C2%B7l");
    private static final List<Body> SEATED = List.of(Body.EXECUTIVE_COMMISSION, Body.TECHNICAL_COMMISSION,
            Body.TECHNICAL_SECRETARIAT, Body.PRESIDENCY);
    private static final List<String> LIMITS = List.of("rights.pending-no-vote", "decision.no-vote",
            "rights.arrears-remove-vote");

    private GovernanceArbitraries() {
    }

    /**
     * Up to three seats, four events, four decisions, two calls, four practices, two trainings
     * and two plans.
     */
    static Arbitrary<GovernancePlans> plans() {
        return Combinators.combine(seatPlans().list().ofMaxSize(3), eventPlans().list().ofMaxSize(4),
                        decisionPlans().list().ofMaxSize(4), callPlans().list().ofMaxSize(2),
                        submissionPlans().list().ofMaxSize(4), trainingPlans().list().ofMaxSize(2),
                        workPlanPlans().list().ofMaxSize(2))
                .as(GovernancePlans::new);
    }

    private static Arbitrary<SeatPlan> seatPlans() {
        return Combinators.combine(Arbitraries.of(SEATED), Arbitraries.integers().between(-1, 11),
                        Arbitraries.integers().between(-1, 5), texts(15), days(),
                        Arbitraries.oneOf(Arbitraries.just(-1), Arbitraries.integers().between(0, 900)))
                .as(SeatPlan::new);
    }

    private static Arbitrary<EventPlan> eventPlans() {
        // Assemblies come up more often than their share, so that decisions have one to be taken at.
        Arbitrary<EventKind> kinds = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(EventKind.ORDINARY_ASSEMBLY,
                EventKind.EXTRAORDINARY_ASSEMBLY)), Tuple.of(2, Arbitraries.of(EventKind.class)));
        Arbitrary<Integer> start = Arbitraries.oneOf(Arbitraries.just(-1), Arbitraries.integers().between(0, 86_399));
        Arbitrary<Integer> length = Arbitraries.oneOf(Arbitraries.just(-1), Arbitraries.integers().between(1, 600));
        Arbitrary<List<int[]>> attendance = Combinators.combine(Arbitraries.integers().between(0, 11),
                        Arbitraries.integers().between(-1, 5))
                .as((council, person) -> new int[] {council, person}).list().ofMaxSize(4);
        return Combinators.combine(kinds, nonBlank(40), days(), start, length, Arbitraries.of(MeetingFormat.class),
                        Combinators.combine(nonBlank(30), Arbitraries.of(LINKS)).as(Tuple::of),
                        Combinators.combine(Arbitraries.of(EventStatus.class), attendance).as(Tuple::of))
                .as((kind, title, on, startsAt, minutes, format, where, how) -> new EventPlan(kind, title, on, startsAt,
                        minutes, format, where.get1(), where.get2(), how.get1(), how.get2()));
    }

    private static Arbitrary<DecisionPlan> decisionPlans() {
        Arbitrary<VotePlan> vote = Combinators.combine(Arbitraries.integers().between(0, 11),
                        Arbitraries.of(VoteChoice.class),
                        Arbitraries.frequency(Tuple.of(4, true), Tuple.of(1, false)), Arbitraries.of(LIMITS))
                .as(VotePlan::new);
        Arbitrary<VotingRules> rules = Combinators.combine(Arbitraries.integers().between(1, 4),
                        Arbitraries.integers().between(0, 4), Arbitraries.of(Majority.class))
                .as((denominator, numerator, majority) -> new VotingRules(Math.min(numerator, denominator), denominator,
                        majority));
        Arbitrary<MotionPlan> motion = Combinators.combine(Arbitraries.of(MotionKind.class),
                        Arbitraries.integers().between(0, 11), Arbitraries.integers().between(2000, 2040),
                        Arbitraries.longs().between(1, 10_000_000), Arbitraries.integers().between(1, 6_000),
                        nonBlank(60))
                .as(MotionPlan::new);
        return Combinators.combine(Arbitraries.integers().between(0, 7), texts(30), texts(40), motion,
                        vote.list().ofMaxSize(5), Arbitraries.integers().between(0, 4),
                        Arbitraries.oneOf(Arbitraries.just(VotingRules.DEFAULT), rules))
                .as(DecisionPlan::new);
    }

    private static Arbitrary<CallPlan> callPlans() {
        return Combinators.combine(nonBlank(40), days(), Arbitraries.integers().between(0, 120),
                        Arbitraries.of(TAGS).list().ofMaxSize(3).uniqueElements())
                .as(CallPlan::new);
    }

    private static Arbitrary<SubmissionPlan> submissionPlans() {
        Arbitrary<SheetPlan> sheet = Combinators.combine(nonBlank(40), nonBlank(40), nonBlank(40), texts(30),
                        Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.of(LINKS)), Arbitraries.of(true, false),
                        Arbitraries.integers().between(0, 60))
                .as(SheetPlan::new);
        Arbitrary<List<Integer>> who = Arbitraries.integers().between(0, 11).list().ofSize(3);
        Arbitrary<List<String>> words = Combinators.combine(nonBlank(30).list().ofMinSize(1).ofMaxSize(3), nonBlank(80))
                .as((promoters, summary) -> {
                    List<String> all = new ArrayList<>(promoters);
                    all.add(summary);
                    return all;
                });
        return Combinators.combine(who, nonBlank(40), words, Arbitraries.of(TAGS).list().ofMaxSize(2).uniqueElements(),
                        Arbitraries.integers().between(0, 120), Arbitraries.of(SubmissionStatus.class),
                        Arbitraries.of(true, false),
                        Combinators.combine(Arbitraries.oneOf(Arbitraries.just((SheetPlan) null), sheet),
                                Arbitraries.integers().between(0, 90)).as(Tuple::of))
                .as((indices, title, texts, themes, day, status, early, later) -> new SubmissionPlan(indices.get(0),
                        indices.get(1), indices.get(2), title, texts.subList(0, texts.size() - 1),
                        texts.get(texts.size() - 1), themes, day, status, early, later.get1(), later.get2()));
    }

    private static Arbitrary<TrainingPlan> trainingPlans() {
        return Combinators.combine(Arbitraries.integers().between(0, 11), nonBlank(40), Arbitraries.of(TAGS), days(),
                        Arbitraries.integers().between(0, 30), Arbitraries.of(MeetingFormat.class),
                        Arbitraries.integers().between(1, 10_000),
                        Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.of(LINKS)))
                .as(TrainingPlan::new);
    }

    private static Arbitrary<WorkPlanPlan> workPlanPlans() {
        Arbitrary<Responsible> responsible = Arbitraries.oneOf(
                Arbitraries.of(Body.class).map(Responsible::body),
                Arbitraries.just(Responsible.members()),
                texts(30).map(Responsible::externalService),
                nonBlank(30).map(Responsible::other));
        Arbitrary<int[]> cell = Combinators.combine(Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(0, 2))
                .as((year, semester) -> new int[] {year, semester});
        // The kinds whose records generated networks seldom hold come up more often, so that each is met.
        Arbitrary<EvidenceKind> kinds = Arbitraries.frequency(Tuple.of(1, EvidenceKind.EVENT),
                Tuple.of(2, EvidenceKind.GROUP_PRODUCT), Tuple.of(2, EvidenceKind.ADVISORY),
                Tuple.of(5, EvidenceKind.ADVISORY_PRODUCT), Tuple.of(2, EvidenceKind.GOOD_PRACTICE),
                Tuple.of(1, EvidenceKind.TRAINING), Tuple.of(1, EvidenceKind.LINK));
        Arbitrary<EvidencePlan> evidence = Combinators.combine(kinds,
                        Arbitraries.integers().between(0, 7), texts(30), Arbitraries.integers().between(0, 400))
                .as(EvidencePlan::new);
        Arbitrary<ActionPlan> action = Combinators.combine(nonBlank(40), responsible.list().ofMaxSize(2),
                        responsible.list().ofMaxSize(2), responsible.list().ofMaxSize(2), cell.list().ofMaxSize(3),
                        Arbitraries.of(ActionStatus.class), Arbitraries.integers().between(0, 100),
                        evidence.list().ofMaxSize(3))
                .as(ActionPlan::new);
        Arbitrary<List<List<ActionPlan>>> objectives = action.list().ofMaxSize(3).list().ofMaxSize(2);
        Arbitrary<LinePlan> line = Combinators.combine(nonBlank(40), nonBlank(40).list().ofSize(2), objectives)
                .as(LinePlan::new);
        return Combinators.combine(nonBlank(40), Arbitraries.integers().between(1990, 2040),
                        Arbitraries.integers().between(0, 3), days(), texts(30), line.list().ofMinSize(1).ofMaxSize(2))
                .as(WorkPlanPlan::new);
    }

    /** A day since 1990. */
    private static Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 14_000).map(LocalDate.of(1990, 1, 1)::plusDays);
    }

    /** Texts with accents, quotes, line breaks and characters beyond the BMP; may be empty. */
    private static Arbitrary<String> texts(int maxLength) {
        return Combinators.combine(Arbitraries.strings().withChars(AWKWARD).ofMaxLength(maxLength),
                        Arbitraries.of(ENDINGS))
                .as(String::concat);
    }

    /** Texts as {@link #texts}, never blank. */
    private static Arbitrary<String> nonBlank(int maxLength) {
        return texts(maxLength).filter(text -> !text.isBlank());
    }

    /** What the rest of a generated network holds that these records may point at. */
    record Network(List<MemberId> members, List<PersonId> people, List<FeePolicy> policies, List<HourBank> banks,
                   List<Advisory> advisories, List<AdvisoryProduct> advisoryProducts, List<WorkingGroup> groups) {

        List<String> groupProducts() {
            return groups.stream().flatMap(g -> g.products().stream()).map(GroupProduct::id).map(Object::toString)
                    .toList();
        }
    }

    /** The governance, good-practice and work-plan records of a generated network. */
    record GovernanceRecords(List<BodySeat> seats, List<NetworkEvent> events, List<AssemblyDecision> decisions,
                             List<PracticeCall> calls, List<PracticeSubmission> submissions, List<Training> trainings,
                             List<WorkPlan> plans) {
    }

    /** What governance, good-practice and work-plan records a generated network holds, before it knows its records. */
    record GovernancePlans(List<SeatPlan> seats, List<EventPlan> events, List<DecisionPlan> decisions,
                           List<CallPlan> calls, List<SubmissionPlan> submissions, List<TrainingPlan> trainings,
                           List<WorkPlanPlan> plans) {

        /**
         * The records, each pointing at what the network holds: none that needs a council or a
         * person the network lacks.
         *
         * @param seed makes the ids, so that they do not come in the order they are made
         */
        GovernanceRecords madeFor(long seed, Network network) {
            List<MemberId> members = network.members();
            List<PersonId> people = network.people();
            List<BodySeat> seated = new ArrayList<>();
            for (int i = 0; i < seats.size(); i++) {
                BodySeat seat = seats.get(i).madeFor(new SeatId(new UUID(seed + 101L * i, 2_000 + i)), members, people);
                if (seat != null) {
                    seated.add(seat);
                }
            }
            List<NetworkEvent> calendar = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                calendar.add(events.get(i).madeFor(new EventId(new UUID(seed + 103L * i, 2_100 + i)), members, people));
            }
            List<NetworkEvent> assemblies = calendar.stream().filter(e -> e.kind().isAssembly()).toList();
            List<AssemblyDecision> taken = new ArrayList<>();
            if (!assemblies.isEmpty()) {
                for (int i = 0; i < decisions.size(); i++) {
                    taken.add(decisions.get(i).madeFor(new DecisionId(new UUID(seed + 107L * i, 2_200 + i)), i,
                            assemblies, network));
                }
            }
            List<PracticeCall> opened = new ArrayList<>();
            for (int i = 0; i < calls.size(); i++) {
                CallPlan plan = calls.get(i);
                opened.add(new PracticeCall(new CallId(new UUID(seed + 109L * i, 2_300 + i)), plan.title(),
                        plan.opensOn(), plan.opensOn().plusDays(plan.days()), plan.priorities(), 0));
            }
            List<PracticeSubmission> submitted = new ArrayList<>();
            if (!opened.isEmpty() && !members.isEmpty() && !people.isEmpty()) {
                for (int i = 0; i < submissions.size(); i++) {
                    submitted.add(submissions.get(i).madeFor(new SubmissionId(new UUID(seed + 113L * i, 2_400 + i)),
                            opened, members, people));
                }
            }
            List<Training> offered = new ArrayList<>();
            if (!members.isEmpty()) {
                for (int i = 0; i < trainings.size(); i++) {
                    TrainingPlan plan = trainings.get(i);
                    offered.add(new Training(new TrainingId(new UUID(seed + 127L * i, 2_500 + i)),
                            members.get(plan.council() % members.size()), plan.title(), plan.topic(), plan.from(),
                            plan.from().plusDays(plan.days()), plan.format(), plan.seats(), plan.link(), 0));
                }
            }
            List<List<String>> targets = List.of(ids(calendar, e -> e.id().toString()), network.groupProducts(),
                    ids(network.advisories(), a -> a.id().toString()),
                    ids(network.advisoryProducts(), p -> p.id().toString()),
                    ids(submitted, s -> s.id().toString()), ids(offered, t -> t.id().toString()), LINKS);
            List<WorkPlan> adopted = new ArrayList<>();
            for (int i = 0; i < plans.size(); i++) {
                adopted.add(plans.get(i).madeFor(new PlanId(new UUID(seed + 131L * i, 2_600 + i)), targets));
            }
            return new GovernanceRecords(seated, calendar, taken, opened, submitted, offered, adopted);
        }

        private static <T> List<String> ids(List<T> records, Function<T, String> id) {
            return records.stream().map(id).toList();
        }
    }

    /**
     * A seat on a body: a council and a person of the network's (modulo how many there are; -1 for
     * none, and one of them at least if the network has any), from a day, ended some days later or
     * not (-1).
     */
    record SeatPlan(Body body, int council, int person, String role, LocalDate from, int untilDays) {

        BodySeat madeFor(SeatId id, List<MemberId> members, List<PersonId> people) {
            MemberId holder = council < 0 || members.isEmpty() ? null : members.get(council % members.size());
            PersonId sitting = person < 0 || people.isEmpty() ? null : people.get(person % people.size());
            if (holder == null && sitting == null) {
                if (!members.isEmpty()) {
                    holder = members.get(0);
                } else if (!people.isEmpty()) {
                    sitting = people.get(0);
                } else {
                    return null;
                }
            }
            return new BodySeat(id, body, holder, sitting, role, from, untilDays < 0 ? null : from.plusDays(untilDays), 0);
        }
    }

    /**
     * An event: all day (-1) or from a second of the day, for some minutes or without an end
     * (-1), as the facade schedules it (a place unless virtual, a link unless in person), with
     * the attendance of some councils once held.
     */
    record EventPlan(EventKind kind, String title, LocalDate on, int startSecond, int minutes, MeetingFormat format,
                     String place, String link, EventStatus status, List<int[]> attendance) {

        NetworkEvent madeFor(EventId id, List<MemberId> members, List<PersonId> people) {
            // Most events start on the hour or the half hour; the rest to the second.
            LocalTime startsAt = startSecond < 0 ? null : LocalTime.ofSecondOfDay(startSecond % 3 == 0
                    ? startSecond - startSecond % 1_800 : startSecond);
            LocalTime endsAt = startsAt == null || minutes < 0 ? null : startsAt.plusMinutes(minutes);
            if (endsAt != null && !endsAt.isAfter(startsAt)) {
                endsAt = null;
            }
            List<Attendance> attended = new ArrayList<>();
            if (status == EventStatus.HELD && !members.isEmpty()) {
                Set<MemberId> seen = new HashSet<>();
                for (int[] a : attendance) {
                    MemberId council = members.get(a[0] % members.size());
                    if (seen.add(council)) {
                        attended.add(new Attendance(council, a[1] < 0 || people.isEmpty() ? null
                                : people.get(a[1] % people.size())));
                    }
                }
            }
            return new NetworkEvent(id, kind, title, on, startsAt, endsAt, format,
                    format == MeetingFormat.VIRTUAL ? "" : place, format == MeetingFormat.IN_PERSON ? "" : link, status,
                    attended, 0);
        }
    }

    /**
     * A motion: of a kind, on one of the network's members, groups, banks or policies (modulo how
     * many there are); a general motion where the network has nothing of the kind to vote on.
     */
    record MotionPlan(MotionKind kind, int target, int year, long cents, int minutes, String text) {

        Motion madeFor(Network network, boolean carried) {
            return switch (kind) {
                case ADMISSION -> network.members().isEmpty() ? general()
                        : new Motion.Admission(network.members().get(target % network.members().size()));
                case FEE_POLICY -> network.policies().isEmpty()
                        ? carried ? general() : new Motion.FeePolicyApproval(year)
                        : new Motion.FeePolicyApproval(network.policies().get(target % network.policies().size()).year());
                case BUDGET_ALLOCATION -> network.groups().isEmpty() ? general()
                        : new Motion.BudgetAllocation(network.groups().get(target % network.groups().size()).id(), year,
                        Money.ofCents(cents));
                case BANK_ENLARGEMENT -> network.banks().isEmpty() ? general()
                        : new Motion.BankEnlargement(network.banks().get(target % network.banks().size()).period(),
                        Hours.ofMinutes(minutes));
                case GENERAL -> general();
            };
        }

        private Motion general() {
            return new Motion.General(text);
        }
    }

    /** A council's vote (modulo how many there are), counted or not, and why not. */
    record VotePlan(int council, VoteChoice choice, boolean counted, String limit) {
    }

    /**
     * A decision at one of the assemblies (modulo how many there are), its votes counted among
     * those that count and a few more members with vote who did not vote.
     */
    record DecisionPlan(int assembly, String reference, String title, MotionPlan motion, List<VotePlan> votes,
                        int absent, VotingRules rules) {

        AssemblyDecision madeFor(DecisionId id, int n, List<NetworkEvent> assemblies, Network network) {
            NetworkEvent at = assemblies.get(assembly % assemblies.size());
            List<CastVote> cast = new ArrayList<>();
            Set<MemberId> seen = new HashSet<>();
            if (!network.members().isEmpty()) {
                for (VotePlan vote : votes) {
                    MemberId council = network.members().get(vote.council() % network.members().size());
                    if (seen.add(council)) {
                        cast.add(new CastVote(council, vote.choice(), vote.counted(), vote.counted() ? "" : vote.limit()));
                    }
                }
            }
            int counted = (int) cast.stream().filter(CastVote::counted).count();
            Tally tally = Tally.of(counted + absent, cast);
            Outcome outcome = rules.outcome(tally);
            // The number keeps references unique, as the import requires.
            return new AssemblyDecision(id, at.id(), at.on(), reference + " #" + n, title,
                    motion.madeFor(network, outcome == Outcome.CARRIED), cast, tally, rules, outcome);
        }
    }

    /** A call, open for some days from a day. */
    record CallPlan(String title, LocalDate opensOn, int days, List<String> priorities) {
    }

    /** A practice's sheet, completed some days after its review. */
    record SheetPlan(String context, String description, String results, String lessons, String link,
                     boolean supported, int days) {
    }

    /**
     * A practice submitted to one of the calls by one of the councils with one of the people to
     * contact (modulo how many there are), some days into the call (within it), taken to a status
     * with the dates and the sheet that status needs: reviewed some days later, its sheet after
     * the review, published after the sheet.
     */
    record SubmissionPlan(int call, int council, int contact, String title, List<String> promoters, String summary,
                          List<String> themes, int day, SubmissionStatus status, boolean early, SheetPlan sheet,
                          int later) {

        PracticeSubmission madeFor(SubmissionId id, List<PracticeCall> calls, List<MemberId> members,
                                   List<PersonId> people) {
            PracticeCall to = calls.get(call % calls.size());
            long open = to.deadline().toEpochDay() - to.opensOn().toEpochDay();
            LocalDate submittedOn = to.opensOn().plusDays(day % (open + 1));
            LocalDate reviewedOn = status == SubmissionStatus.SUBMITTED ? null : submittedOn.plusDays(later);
            boolean selected = status == SubmissionStatus.SELECTED || status == SubmissionStatus.PUBLISHED;
            SheetPlan written = status == SubmissionStatus.PUBLISHED && sheet == null
                    ? new SheetPlan("Context", "Descripció", "Resultats", "", "", false, 3) : sheet;
            SystematisationSheet completed = !selected || written == null ? null
                    : new SystematisationSheet(written.context(), written.description(), written.results(),
                    written.lessons(), written.link(), written.supported(), reviewedOn.plusDays(written.days()));
            LocalDate publishedOn = status == SubmissionStatus.PUBLISHED ? completed.completedOn().plusDays(later) : null;
            return new PracticeSubmission(id, to.id(), members.get(council % members.size()), title, promoters, summary,
                    people.get(contact % people.size()), themes, submittedOn, status, selected && early, reviewedOn,
                    completed, publishedOn, 0);
        }
    }

    /** A training of one of the councils (modulo how many there are), for some days from a day. */
    record TrainingPlan(int council, String title, String topic, LocalDate from, int days, MeetingFormat format,
                        int seats, String link) {
    }

    /**
     * A piece of evidence: of a kind, pointing at one of the network's records of that kind
     * (modulo how many there are), or of the next kind it holds records of where it has none;
     * recorded some days into the plan's first year.
     */
    record EvidencePlan(EvidenceKind kind, int target, String note, int days) {
    }

    /**
     * An action: who sets its basic lines, executes it and supports it (the members execute it
     * where nobody would set its basic lines nor execute it), in some cells of the plan's period
     * (a year after its first, modulo its length; the whole year or a semester), in a status with
     * a progress it allows (100 when done, 0 when planned) and its evidence.
     */
    record ActionPlan(String title, List<Responsible> basicLines, List<Responsible> execution, List<Responsible> support,
                      List<int[]> cells, ActionStatus status, int progress, List<EvidencePlan> evidence) {

        PlanAction madeFor(String code, int firstYear, int years, List<List<String>> targets) {
            List<PlanCell> when = cells.stream().map(c -> new PlanCell(firstYear + c[0] % years, c[1])).toList();
            List<Responsible> executed = basicLines.isEmpty() && execution.isEmpty()
                    ? List.of(Responsible.members()) : execution;
            int reached = switch (status) {
                case PLANNED -> 0;
                case DONE -> 100;
                case IN_PROGRESS, DROPPED -> progress;
            };
            List<Evidence> shown = new ArrayList<>();
            for (EvidencePlan plan : evidence) {
                // Where the network holds nothing of the kind, the next kind it holds (a link at worst).
                EvidenceKind kind = plan.kind();
                while (targets.get(kind.ordinal()).isEmpty()) {
                    kind = EvidenceKind.values()[(kind.ordinal() + 1) % EvidenceKind.values().length];
                }
                List<String> pointed = targets.get(kind.ordinal());
                shown.add(new Evidence(kind, pointed.get(plan.target() % pointed.size()), plan.note(),
                        LocalDate.of(firstYear, 1, 1).plusDays(plan.days())));
            }
            return new PlanAction(code, title, basicLines, executed, support, when, status, reached, shown);
        }
    }

    /** A strategic line with up to two objectives of up to three actions. */
    record LinePlan(String title, List<String> objectiveTitles, List<List<ActionPlan>> objectives) {
    }

    /**
     * A plan of one to four years from a first year, adopted on a day, with its lines; the codes
     * are made unique ({@code L1}, {@code L1.2}, {@code L1.2.3}), as adoption requires.
     */
    record WorkPlanPlan(String title, int firstYear, int extraYears, LocalDate adoptedOn, String reference,
                        List<LinePlan> lines) {

        WorkPlan madeFor(PlanId id, List<List<String>> targets) {
            List<StrategicLine> made = new ArrayList<>();
            for (int l = 0; l < lines.size(); l++) {
                LinePlan line = lines.get(l);
                List<Objective> objectives = new ArrayList<>();
                for (int o = 0; o < line.objectives().size(); o++) {
                    List<PlanAction> actions = new ArrayList<>();
                    for (int a = 0; a < line.objectives().get(o).size(); a++) {
                        actions.add(line.objectives().get(o).get(a).madeFor("L" + (l + 1) + "." + (o + 1) + "." + (a + 1),
                                firstYear, extraYears + 1, targets));
                    }
                    objectives.add(new Objective("L" + (l + 1) + "." + (o + 1), line.objectiveTitles().get(o % 2),
                            actions));
                }
                made.add(new StrategicLine("L" + (l + 1), line.title(), objectives));
            }
            return new WorkPlan(id, title, firstYear, firstYear + extraYears, adoptedOn, reference, made, 0);
        }
    }
}

package cat.xarxa;

import cat.xarxa.common.Decision;
import cat.xarxa.common.IdSource;
import cat.xarxa.common.IneCode;
import cat.xarxa.common.Money;
import cat.xarxa.common.Reason;
import cat.xarxa.fee.AssessmentId;
import cat.xarxa.fee.ArrearsLine;
import cat.xarxa.fee.CorrectAssessment;
import cat.xarxa.fee.CustomFeeCalculator;
import cat.xarxa.fee.FeeAccount;
import cat.xarxa.fee.FeeAssessed;
import cat.xarxa.fee.FeeAssessment;
import cat.xarxa.fee.FeeBasis;
import cat.xarxa.fee.FeeContext;
import cat.xarxa.fee.FeeCorrection;
import cat.xarxa.fee.FeePolicy;
import cat.xarxa.fee.FeePolicyApproved;
import cat.xarxa.fee.FeeReminder;
import cat.xarxa.fee.FeeRun;
import cat.xarxa.fee.FeeStatement;
import cat.xarxa.fee.FeeTotals;
import cat.xarxa.fee.FeeYearReport;
import cat.xarxa.fee.MemberFees;
import cat.xarxa.fee.OwedDays;
import cat.xarxa.fee.Payment;
import cat.xarxa.fee.PaymentId;
import cat.xarxa.fee.PaymentKind;
import cat.xarxa.fee.PaymentRecorded;
import cat.xarxa.fee.ProratedFee;
import cat.xarxa.fee.RecordPayment;
import cat.xarxa.fee.RecordRefund;
import cat.xarxa.fee.StatementLine;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.Population;
import cat.xarxa.member.Standing;
import cat.xarxa.spi.Transaction;
import com.google.common.collect.RangeSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/** {@link MemberFees} over a store: each command is one unit of work. */
final class FeeService implements MemberFees {

    private final UnitOfWork work;
    private final IdSource ids;
    private final Map<String, CustomFeeCalculator> calculators;

    FeeService(UnitOfWork work, IdSource ids, Map<String, CustomFeeCalculator> calculators) {
        this.work = work;
        this.ids = ids;
        this.calculators = Map.copyOf(calculators);
    }

    /** The context a policy's rule computes in here. */
    FeeContext contextOf(FeePolicy policy) {
        return policy.context(calculators);
    }

    @Override
    public Decision<FeePolicy> approvePolicy(FeePolicy policy) {
        return work.run(scope -> {
            List<Reason> problems = new ArrayList<>(policy.problems(contextOf(policy)));
            scope.tx().fees().policy(policy.year())
                    .ifPresent(p -> problems.add(Reason.of("fee.policy-exists", p.year(), p.decisionReference())));
            if (!problems.isEmpty()) {
                return Decision.rejected(problems);
            }
            scope.tx().fees().add(policy);
            return scope.record(Decision.accepted(policy, new FeePolicyApproved(policy)), 1);
        });
    }

    @Override
    public Optional<FeePolicy> policy(int year) {
        return work.read(tx -> tx.fees().policy(year));
    }

    @Override
    public List<FeePolicy> policies() {
        return work.read(tx -> {
            try (Stream<FeePolicy> all = tx.fees().policies()) {
                return all.toList();
            }
        });
    }

    @Override
    public Decision<FeeRun> assess(int year, LocalDate on) {
        return work.run(scope -> {
            Optional<FeePolicy> found = scope.tx().fees().policy(year);
            if (found.isEmpty()) {
                return Decision.rejected(Reason.of("fee.no-policy", year));
            }
            FeePolicy policy = found.get();
            if (on.isBefore(policy.approvedOn())) {
                return Decision.rejected(Reason.of("fee.run-before-approval", on, policy.approvedOn()));
            }
            Set<MemberId> done = new HashSet<>();
            scope.tx().fees().assessmentsIn(year).forEach(a -> done.add(a.member()));
            List<Member> members;
            try (Stream<Member> all = scope.tx().members().all()) {
                members = all.filter(m -> !done.contains(m.id())).toList();
            }
            FeeContext context = contextOf(policy);
            List<FeeAssessment> assessed = new ArrayList<>();
            Map<MemberId, List<Reason>> notAssessable = new LinkedHashMap<>();
            for (Member member : members) {
                RangeSet<LocalDate> owed = OwedDays.in(member.history(), policy.terms().pendingMembersOwe(), year);
                // A council that owes only from a later date (an admission recorded ahead) waits for
                // a later run; a withdrawal already recorded with a later date is prorated now.
                if (owed.isEmpty() || owed.span().lowerEndpoint().isAfter(on)) {
                    continue;
                }
                Population population = member.populationIn(policy.populationYear()).orElse(null);
                Decision<Money> fee = policy.rule().annualFee(new FeeBasis(member.id(), member.kind(), population), context);
                if (fee.isRejected()) {
                    notAssessable.put(member.id(), fee.reasons());
                    continue;
                }
                ProratedFee prorated = ProratedFee.of(fee.orElseThrow(), owed, year, policy.terms().proration(),
                        policy.terms().rounding());
                LocalDate due = on.plusDays(policy.terms().dueDays());
                FeeAssessment assessment = new FeeAssessment(new AssessmentId(ids.nextId()), member.id(), member.kind(),
                        year, policy.rule().usesPopulation(member.kind()) ? population : null, prorated,
                        policy.terms().proration(), on, due, due.plusDays(policy.terms().graceDays()), List.of(), 0);
                long version = scope.tx().fees().save(assessment);
                scope.record(Decision.accepted(assessment, new FeeAssessed(assessment)), version);
                assessed.add(assessment.withVersion(version));
            }
            return Decision.<FeeRun>accepted(new FeeRun(year, on, assessed, done.size(), notAssessable), List.of());
        });
    }

    @Override
    public Decision<FeeAssessment> correct(CorrectAssessment command) {
        return work.run(scope -> scope.tx().fees().assessment(command.assessment()).map(assessment -> {
            Optional<LocalDate> lastRefund = scope.tx().fees().paymentsOf(assessment.member()).stream()
                    .filter(p -> p.kind() == PaymentKind.REFUND).map(Payment::on).max(Comparator.naturalOrder());
            if (lastRefund.isPresent() && command.on().isBefore(lastRefund.get())) {
                return Decision.<FeeAssessment>rejected(
                        Reason.of("fee.correction-before-refund", command.on(), lastRefund.get()));
            }
            Decision<FeeAssessment> decision = assessment.correct(new FeeCorrection(command.on(), command.amount(),
                    command.reason()));
            if (decision.isRejected()) {
                return decision;
            }
            long version = scope.tx().fees().save(decision.orElseThrow());
            return scope.record(Decision.accepted(decision.orElseThrow().withVersion(version), decision.events()), version);
        }).orElseGet(() -> Decision.rejected(Reason.of("fee.assessment-not-found", command.assessment()))));
    }

    @Override
    public Decision<PaymentId> recordPayment(RecordPayment command) {
        return work.run(scope -> {
            Optional<FeeAssessment> assessment = scope.tx().fees().assessment(command.assessment());
            List<Reason> problems = new ArrayList<>();
            if (assessment.isEmpty()) {
                problems.add(Reason.of("fee.assessment-not-found", command.assessment()));
            }
            if (!command.amount().isPositive()) {
                problems.add(Reason.of("fee.amount-not-positive", command.amount()));
            }
            assessment.filter(a -> command.on().isBefore(a.issuedOn())).ifPresent(a ->
                    problems.add(Reason.of("fee.payment-before-assessment", command.on(), a.issuedOn())));
            if (!problems.isEmpty()) {
                return Decision.rejected(problems);
            }
            Payment payment = new Payment(new PaymentId(ids.nextId()), assessment.get().member(), PaymentKind.PAYMENT,
                    command.assessment(), command.on(), command.amount(), command.reference());
            return store(scope, payment);
        });
    }

    @Override
    public Decision<PaymentId> refund(RecordRefund command) {
        return work.run(scope -> {
            if (scope.tx().members().find(command.member()).isEmpty()) {
                return Decision.rejected(Reason.of("member.not-found", command.member()));
            }
            if (!command.amount().isPositive()) {
                return Decision.rejected(Reason.of("fee.amount-not-positive", command.amount()));
            }
            List<FeeAssessment> assessments = scope.tx().fees().assessmentsOf(command.member());
            List<Payment> payments = scope.tx().fees().paymentsOf(command.member());
            Money credit = FeeAccount.lowestCreditFrom(command.member(), assessments, payments, command.on());
            if (command.amount().isGreaterThan(credit)) {
                return Decision.rejected(Reason.of("fee.refund-exceeds-credit", command.amount(), credit));
            }
            return store(scope, new Payment(new PaymentId(ids.nextId()), command.member(), PaymentKind.REFUND, null,
                    command.on(), command.amount(), command.reference()));
        });
    }

    private static Decision<PaymentId> store(UnitOfWork.Scope scope, Payment payment) {
        scope.tx().fees().add(payment);
        scope.record(Decision.accepted(payment, new PaymentRecorded(payment)), 1);
        return Decision.accepted(payment.id(), new PaymentRecorded(payment));
    }

    @Override
    public Optional<FeeAssessment> assessment(AssessmentId id) {
        return work.read(tx -> tx.fees().assessment(id));
    }

    @Override
    public List<FeeAssessment> assessmentsOf(MemberId member) {
        return work.read(tx -> tx.fees().assessmentsOf(member));
    }

    @Override
    public List<Payment> paymentsOf(MemberId member) {
        return work.read(tx -> tx.fees().paymentsOf(member));
    }

    @Override
    public FeeStatement statement(MemberId member, LocalDate date) {
        return work.read(tx -> statementIn(tx, member, date));
    }

    private static FeeStatement statementIn(Transaction tx, MemberId member, LocalDate date) {
        return FeeAccount.statementOn(member, tx.fees().assessmentsOf(member), tx.fees().paymentsOf(member), date);
    }

    @Override
    public Standing standingOn(MemberId member, LocalDate date) {
        return statement(member, date).inArrears() ? Standing.IN_ARREARS : Standing.GOOD;
    }

    @Override
    public List<FeeReminder> remindersDue(LocalDate from, LocalDate to) {
        return work.read(tx -> {
            Map<Integer, List<Integer>> schedules = new HashMap<>();
            try (Stream<FeePolicy> policies = tx.fees().policies()) {
                policies.forEach(p -> schedules.put(p.year(), p.terms().reminderDays()));
            }
            Accounts accounts = Accounts.read(tx);
            List<FeeReminder> reminders = new ArrayList<>();
            accounts.assessments.forEach((member, assessments) -> {
                for (FeeAssessment a : assessments) {
                    for (int offset : schedules.getOrDefault(a.year(), List.of())) {
                        LocalDate day = a.dueOn().plusDays(offset);
                        if (day.isBefore(from) || day.isAfter(to) || day.isBefore(a.issuedOn())) {
                            continue;
                        }
                        accounts.statement(member, day).lines().stream()
                                .filter(l -> l.assessment().equals(a.id()) && l.outstanding().isPositive())
                                .findFirst()
                                .ifPresent(l -> reminders.add(new FeeReminder(member, a.id(), a.year(), day, offset,
                                        l.outstanding())));
                    }
                }
            });
            reminders.sort(Comparator.comparing(FeeReminder::on).thenComparing(r -> r.member().toString()));
            return reminders;
        });
    }

    @Override
    public FeeYearReport yearReport(int year, LocalDate asOf) {
        return work.read(tx -> {
            Accounts accounts = Accounts.read(tx);
            Map<MemberId, Member> members = new HashMap<>();
            try (Stream<Member> all = tx.members().all()) {
                all.forEach(m -> members.put(m.id(), m));
            }
            FeeTotals total = FeeTotals.NONE;
            Map<MemberKind, FeeTotals> byKind = new EnumMap<>(MemberKind.class);
            Map<String, FeeTotals> byProvince = new TreeMap<>();
            List<ArrearsLine> arrears = new ArrayList<>();
            for (FeeAssessment a : tx.fees().assessmentsIn(year)) {
                if (a.issuedOn().isAfter(asOf)) {
                    continue;
                }
                StatementLine line = accounts.statement(a.member(), asOf).lines().stream()
                        .filter(l -> l.assessment().equals(a.id())).findFirst().orElseThrow();
                Optional<Member> member = Optional.ofNullable(members.get(a.member()));
                total = total.plus(line);
                byKind.merge(a.kind(), FeeTotals.NONE.plus(line), FeeService::sum);
                byProvince.merge(provinceOf(member), FeeTotals.NONE.plus(line), FeeService::sum);
                if (line.inArrears()) {
                    arrears.add(new ArrearsLine(a.member(), member.map(Member::name).orElse(""), line.outstanding(),
                            line.daysOverdue()));
                }
            }
            arrears.sort(Comparator.comparingLong(ArrearsLine::daysOverdue).reversed()
                    .thenComparing(ArrearsLine::name).thenComparing(l -> l.member().toString()));
            return new FeeYearReport(year, asOf, total, byKind, byProvince, arrears);
        });
    }

    private static FeeTotals sum(FeeTotals a, FeeTotals b) {
        return new FeeTotals(a.assessments() + b.assessments(), a.assessed().plus(b.assessed()),
                a.collected().plus(b.collected()), a.outstanding().plus(b.outstanding()));
    }

    /** The INE province of a town council: the first two digits of its municipality code. */
    private static String provinceOf(Optional<Member> member) {
        return member.filter(m -> m.kind() == MemberKind.MUNICIPALITY)
                .map(m -> IneCode.parse(m.officialCode()).toString().substring(0, 2))
                .orElse(FeeYearReport.NO_PROVINCE);
    }

    /** Every assessment and payment, by member: a report reads them once, not once per member. */
    private record Accounts(Map<MemberId, List<FeeAssessment>> assessments, Map<MemberId, List<Payment>> payments) {

        static Accounts read(Transaction tx) {
            Map<MemberId, List<FeeAssessment>> assessments = new LinkedHashMap<>();
            Map<MemberId, List<Payment>> payments = new HashMap<>();
            try (Stream<FeeAssessment> all = tx.fees().assessments()) {
                all.forEach(a -> assessments.computeIfAbsent(a.member(), m -> new ArrayList<>()).add(a));
            }
            try (Stream<Payment> all = tx.fees().payments()) {
                all.forEach(p -> payments.computeIfAbsent(p.member(), m -> new ArrayList<>()).add(p));
            }
            return new Accounts(assessments, payments);
        }

        FeeStatement statement(MemberId member, LocalDate date) {
            return FeeAccount.statementOn(member, assessments.getOrDefault(member, List.of()),
                    payments.getOrDefault(member, List.of()), date);
        }
    }
}

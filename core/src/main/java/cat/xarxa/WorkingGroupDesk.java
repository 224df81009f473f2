package cat.xarxa;

import cat.xarxa.common.Decision;
import cat.xarxa.common.IdSource;
import cat.xarxa.common.Money;
import cat.xarxa.common.Reason;
import cat.xarxa.member.MemberId;
import cat.xarxa.workinggroup.BudgetEntered;
import cat.xarxa.workinggroup.BudgetEntry;
import cat.xarxa.workinggroup.BudgetEntryId;
import cat.xarxa.workinggroup.BudgetEntryKind;
import cat.xarxa.workinggroup.ChangeGroupStatus;
import cat.xarxa.workinggroup.EnterBudget;
import cat.xarxa.workinggroup.GroupBudget;
import cat.xarxa.workinggroup.GroupBudgetReport;
import cat.xarxa.workinggroup.GroupMeeting;
import cat.xarxa.workinggroup.GroupProduct;
import cat.xarxa.workinggroup.GroupProductId;
import cat.xarxa.workinggroup.GroupStatus;
import cat.xarxa.workinggroup.JoinGroup;
import cat.xarxa.workinggroup.LeaveGroup;
import cat.xarxa.workinggroup.ProductStatus;
import cat.xarxa.workinggroup.ProposeWorkingGroup;
import cat.xarxa.workinggroup.RecordGroupMeeting;
import cat.xarxa.workinggroup.RecordGroupProduct;
import cat.xarxa.workinggroup.WorkingGroup;
import cat.xarxa.workinggroup.WorkingGroupChanged;
import cat.xarxa.workinggroup.WorkingGroupId;
import cat.xarxa.workinggroup.WorkingGroups;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/** {@link WorkingGroups} over a store: each command is one unit of work. */
final class WorkingGroupDesk implements WorkingGroups {

    private final UnitOfWork work;
    private final IdSource ids;

    WorkingGroupDesk(UnitOfWork work, IdSource ids) {
        this.work = work;
        this.ids = ids;
    }

    @Override
    public Decision<WorkingGroup> propose(ProposeWorkingGroup command) {
        return work.run(scope -> {
            List<Reason> problems = new ArrayList<>();
            if (command.need() != null && scope.tx().needs().find(command.need()).isEmpty()) {
                problems.add(Reason.of("need.not-found", command.need()));
            }
            command.coordinators().stream().filter(c -> scope.tx().members().find(c).isEmpty())
                    .forEach(c -> problems.add(Reason.of("member.not-found", c)));
            if (command.coordinator() != null && scope.tx().people().find(command.coordinator()).isEmpty()) {
                problems.add(Reason.of("person.not-found", command.coordinator()));
            }
            if (!problems.isEmpty()) {
                return Decision.rejected(problems);
            }
            WorkingGroup group = WorkingGroup.proposed(new WorkingGroupId(ids.nextId()), command.name(), command.theme(),
                    command.mandate() == null ? "" : command.mandate().trim(), command.need(), command.coordinators(),
                    command.coordinator(), command.on(), command.reference() == null ? "" : command.reference().trim());
            return store(scope, group, "WorkingGroupProposed");
        });
    }

    private static Decision<WorkingGroup> store(UnitOfWork.Scope scope, WorkingGroup group, String change) {
        long version = scope.tx().workingGroups().save(group);
        WorkingGroup stored = group.withVersion(version);
        return scope.record(Decision.accepted(stored, new WorkingGroupChanged(stored, change)), version);
    }

    private Decision<WorkingGroup> changing(WorkingGroupId id, String change,
                                            BiFunction<UnitOfWork.Scope, WorkingGroup, Decision<WorkingGroup>> step) {
        return work.run(scope -> scope.tx().workingGroups().group(id).map(found -> {
            Decision<WorkingGroup> next = step.apply(scope, found);
            return next.isRejected() ? next : store(scope, next.orElseThrow(), change);
        }).orElseGet(() -> Decision.rejected(Reason.of("group.not-found", id))));
    }

    @Override
    public Decision<WorkingGroup> changeStatus(ChangeGroupStatus command) {
        String change = command.status() == GroupStatus.ACTIVE ? "WorkingGroupActivated"
                : command.status() == GroupStatus.CLOSED ? "WorkingGroupClosed" : "WorkingGroupProposed";
        return changing(command.group(), change, (scope, group) -> {
            if (command.status() == GroupStatus.CLOSED) {
                try (Stream<GroupBudget> budgets = scope.tx().workingGroups().budgets()) {
                    Optional<GroupBudget> open = budgets.filter(b -> b.group().equals(group.id()) && b.committed().isPositive())
                            .findFirst();
                    if (open.isPresent()) {
                        return Decision.rejected(Reason.of("group.open-commitments", group.name(), open.get().committed(),
                                open.get().year()));
                    }
                }
            }
            return group.moveTo(command.status(), command.on(), command.reference() == null ? "" : command.reference().trim());
        });
    }

    @Override
    public Decision<WorkingGroup> join(JoinGroup command) {
        return changing(command.group(), "GroupJoined", (scope, group) -> {
            List<Reason> problems = referenceProblems(scope, command.council(), command.person());
            return problems.isEmpty() ? group.join(command.council(), command.person(), command.on())
                    : Decision.rejected(problems);
        });
    }

    private static List<Reason> referenceProblems(UnitOfWork.Scope scope, MemberId council, cat.xarxa.member.PersonId person) {
        List<Reason> problems = new ArrayList<>();
        if (scope.tx().members().find(council).isEmpty()) {
            problems.add(Reason.of("member.not-found", council));
        }
        if (person != null && scope.tx().people().find(person).isEmpty()) {
            problems.add(Reason.of("person.not-found", person));
        }
        return problems;
    }

    @Override
    public Decision<WorkingGroup> leave(LeaveGroup command) {
        return changing(command.group(), "GroupLeft", (scope, group) -> group.leave(command.council(), command.person(),
                command.on()));
    }

    @Override
    public Decision<WorkingGroup> meet(RecordGroupMeeting command) {
        return changing(command.group(), "GroupMeetingHeld", (scope, group) -> {
            List<Reason> problems = new ArrayList<>();
            command.attendees().stream().filter(p -> scope.tx().people().find(p).isEmpty())
                    .forEach(p -> problems.add(Reason.of("person.not-found", p)));
            return problems.isEmpty() ? group.meet(new GroupMeeting(command.on(), command.format(), command.attendees(),
                    command.minutes() == null ? "" : command.minutes().trim())) : Decision.rejected(problems);
        });
    }

    @Override
    public Decision<WorkingGroup> product(RecordGroupProduct command) {
        return changing(command.group(), "GroupProductRecorded", (scope, group) -> {
            List<Reason> problems = new ArrayList<>();
            command.partners().stream().filter(p -> scope.tx().partners().find(p).isEmpty())
                    .forEach(p -> problems.add(Reason.of("partner.not-found", p)));
            boolean published = command.status() == ProductStatus.PUBLISHED;
            if (published != (command.publishedOn() != null)) {
                problems.add(Reason.of("group.publication-date", command.status()));
            }
            if (command.product() != null && group.products().stream().noneMatch(p -> p.id().equals(command.product()))) {
                problems.add(Reason.of("group.product-not-found", command.product()));
            }
            if (!problems.isEmpty()) {
                return Decision.rejected(problems);
            }
            GroupProductId id = command.product() != null ? command.product() : new GroupProductId(ids.nextId());
            return group.product(new GroupProduct(id, command.title(), command.kind(), command.status(),
                    command.publishedOn(), command.partners()));
        });
    }

    @Override
    public Decision<GroupBudget> enter(EnterBudget command) {
        return work.retrying(() -> enterOnce(command));
    }

    private Decision<GroupBudget> enterOnce(EnterBudget command) {
        return work.run(scope -> {
            Optional<WorkingGroup> group = scope.tx().workingGroups().group(command.group());
            if (group.isEmpty()) {
                return Decision.rejected(Reason.of("group.not-found", command.group()));
            }
            if (group.get().status() == GroupStatus.CLOSED) {
                return Decision.rejected(Reason.of("group.closed", group.get().name()));
            }
            GroupBudget budget = scope.tx().workingGroups().budget(command.group(), command.year())
                    .orElse(GroupBudget.empty(command.group(), command.year()));
            List<BudgetEntry> ledger = scope.tx().workingGroups().ledger(command.group(), command.year());
            if (command.commitment() != null && ledger.stream().noneMatch(e -> e.id().equals(command.commitment())
                    && e.kind() == BudgetEntryKind.COMMITMENT)) {
                return Decision.rejected(Reason.of("group.commitment-not-found", command.commitment()));
            }
            boolean decided = command.kind() == BudgetEntryKind.ALLOCATION || command.kind() == BudgetEntryKind.INCREASE;
            if (decided && (command.reference() == null || command.reference().isBlank())) {
                return Decision.rejected(Reason.of("group.decision-reference", command.kind()));
            }
            if (command.kind() == BudgetEntryKind.RELEASE && command.commitment() == null) {
                return Decision.rejected(Reason.of("group.commitment-not-found", "—"));
            }
            BudgetEntry entry = new BudgetEntry(new BudgetEntryId(ids.nextId()), command.group(), command.year(),
                    command.kind(), command.amount(), command.on(), command.reference() == null ? "" : command.reference().trim(),
                    command.kind() == BudgetEntryKind.RELEASE || command.kind() == BudgetEntryKind.EXPENSE
                            ? command.commitment() : null);
            Decision<GroupBudget> next = budget.apply(entry, openOf(ledger, command.commitment()));
            if (next.isRejected()) {
                return next;
            }
            long version = scope.tx().workingGroups().save(next.orElseThrow());
            scope.tx().workingGroups().add(entry);
            scope.record(Decision.accepted(entry, new BudgetEntered(entry)), version);
            return Decision.<GroupBudget>accepted(next.orElseThrow().withVersion(version), List.of());
        });
    }

    /** What a commitment still holds: its amount less the releases and expenses that settled it. */
    static Money openOf(List<BudgetEntry> ledger, BudgetEntryId commitment) {
        if (commitment == null) {
            return Money.ZERO;
        }
        Money open = Money.ZERO;
        for (BudgetEntry e : ledger) {
            if (e.id().equals(commitment) && e.kind() == BudgetEntryKind.COMMITMENT) {
                open = open.plus(e.amount());
            } else if (commitment.equals(e.commitment())) {
                open = open.minus(e.amount());
            }
        }
        return open;
    }

    @Override
    public Optional<WorkingGroup> group(WorkingGroupId id) {
        return work.read(tx -> tx.workingGroups().group(id));
    }

    @Override
    public List<WorkingGroup> groups() {
        return work.read(tx -> {
            try (Stream<WorkingGroup> all = tx.workingGroups().groups()) {
                return all.toList();
            }
        });
    }

    @Override
    public Optional<GroupBudget> budget(WorkingGroupId group, int year) {
        return work.read(tx -> tx.workingGroups().budget(group, year));
    }

    @Override
    public List<BudgetEntry> ledger(WorkingGroupId group, int year) {
        return work.read(tx -> tx.workingGroups().ledger(group, year));
    }

    @Override
    public Map<GroupStatus, Map<String, Long>> byStatusAndTheme() {
        Map<GroupStatus, Map<String, Long>> counts = new EnumMap<>(GroupStatus.class);
        groups().forEach(g -> counts.computeIfAbsent(g.status(), s -> new TreeMap<>()).merge(g.theme(), 1L, Long::sum));
        return counts;
    }

    @Override
    public Map<MemberId, Long> participationOn(LocalDate date) {
        Map<MemberId, Long> counts = new HashMap<>();
        for (WorkingGroup group : groups()) {
            Set<MemberId> councils = new HashSet<>();
            group.participants().stream().filter(p -> p.covers(date)).forEach(p -> councils.add(p.council()));
            councils.forEach(c -> counts.merge(c, 1L, Long::sum));
        }
        return counts;
    }

    @Override
    public List<GroupProduct> publishedIn(int year) {
        return groups().stream().flatMap(g -> g.products().stream())
                .filter(p -> p.status() == ProductStatus.PUBLISHED && p.publishedOn().getYear() == year).toList();
    }

    @Override
    public List<GroupBudgetReport> budgetsOf(int year) {
        return work.read(tx -> {
            List<GroupBudgetReport> reports = new ArrayList<>();
            try (Stream<GroupBudget> budgets = tx.workingGroups().budgets()) {
                budgets.filter(b -> b.year() == year).forEach(b -> reports.add(new GroupBudgetReport(b.group(),
                        tx.workingGroups().group(b.group()).map(WorkingGroup::name).orElse(""), year,
                        b.allocated().plus(b.increased()), b.committed(), b.spent(), b.remaining())));
            }
            return reports;
        });
    }
}

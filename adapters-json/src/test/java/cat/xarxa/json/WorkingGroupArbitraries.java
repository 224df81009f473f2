package cat.xarxa.json;

import cat.xarxa.care.NeedId;
import cat.xarxa.common.Decision;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.common.Money;
import cat.xarxa.member.Expertise;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import cat.xarxa.partner.PartnerId;
import cat.xarxa.workinggroup.BudgetEntry;
import cat.xarxa.workinggroup.BudgetEntryId;
import cat.xarxa.workinggroup.BudgetEntryKind;
import cat.xarxa.workinggroup.GroupBudget;
import cat.xarxa.workinggroup.GroupMeeting;
import cat.xarxa.workinggroup.GroupProduct;
import cat.xarxa.workinggroup.GroupProductId;
import cat.xarxa.workinggroup.GroupStatus;
import cat.xarxa.workinggroup.ProductKind;
import cat.xarxa.workinggroup.ProductStatus;
import cat.xarxa.workinggroup.WorkingGroup;
import cat.xarxa.workinggroup.WorkingGroupId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Working-group records for generated networks, each one an import accepts: groups of the
 * network's councils, from one of its needs or a proposal, coordinated by a person or not, each
 * lived through by the domain's own methods to where it ends up (still proposed, active, or
 * closed, from a proposal or after working), with councils and people joining and leaving,
 * meetings while active and products planned, in progress or published, with or without the
 * network's partners; and yearly budgets of those groups whose totals are the sum of their
 * entries, each entry kept only as {@link GroupBudget#apply} takes it: allocations, increases,
 * commitments, releases of them, and expenses against a commitment or straight from what remains.
 * Texts hold the characters that make JSON hard.
 */
final class WorkingGroupArbitraries {

    private static final String AWKWARD = "abcdefghijklmnopqrstuvwxyzàèéíïòóúüçñ·ABCÀÉÍÑÇ0123456789 ,;:'\"\\/{}[]\n\t";
    private static final List<String> ENDINGS = List.of("", "", " 😀", "𝄞", "\u2028");

    private WorkingGroupArbitraries() {
    }

    /** Up to four groups and up to four budgets. */
    static Arbitrary<GroupPlans> plans() {
        return Combinators.combine(groupPlans().list().ofMaxSize(4), budgetPlans().list().ofMaxSize(4))
                .as(GroupPlans::new);
    }

    private static Arbitrary<GroupPlan> groupPlans() {
        Arbitrary<Start> start = Combinators.combine(texts(30).filter(name -> !name.isEmpty()),
                        Arbitraries.of(Expertise.CATALOGUE), texts(60), Arbitraries.integers().between(-1, 7),
                        Arbitraries.integers().between(0, 11).list().ofMinSize(1).ofMaxSize(3),
                        Arbitraries.integers().between(-1, 5),
                        Arbitraries.integers().between(0, 14_000).map(LocalDate.of(1990, 1, 1)::plusDays))
                .as(Start::new);
        Arbitrary<Course> course = Combinators.combine(Arbitraries.of(GroupStatus.class), Arbitraries.of(true, false),
                        Arbitraries.integers().between(0, 90), Arbitraries.integers().between(0, 400), texts(20))
                .as(Course::new);
        Arbitrary<JoinStep> join = Combinators.combine(Arbitraries.integers().between(0, 11),
                        Arbitraries.integers().between(-1, 5), Arbitraries.integers().between(0, 60),
                        // As many still taking part as who left.
                        Arbitraries.oneOf(Arbitraries.just(-1), Arbitraries.integers().between(0, 200)))
                .as(JoinStep::new);
        Arbitrary<MeetingStep> meeting = Combinators.combine(Arbitraries.integers().between(0, 60),
                        Arbitraries.of(MeetingFormat.class),
                        Arbitraries.integers().between(0, 5).list().ofMaxSize(3).uniqueElements(), texts(40))
                .as(MeetingStep::new);
        Arbitrary<ProductStep> product = Combinators.combine(texts(40).filter(title -> !title.isEmpty()),
                        Arbitraries.of(ProductKind.class), Arbitraries.of(ProductStatus.class),
                        Arbitraries.integers().between(0, 200),
                        Arbitraries.integers().between(0, 3).list().ofMaxSize(2).uniqueElements())
                .as(ProductStep::new);
        return Combinators.combine(start, course, join.list().ofMaxSize(4), meeting.list().ofMaxSize(3),
                        product.list().ofMaxSize(3))
                .as(GroupPlan::new);
    }

    private static Arbitrary<BudgetPlan> budgetPlans() {
        // Most entries move money in and out of commitments, as a year of work does.
        Arbitrary<BudgetEntryKind> kinds = Arbitraries.frequency(Tuple.of(1, BudgetEntryKind.ALLOCATION),
                Tuple.of(1, BudgetEntryKind.INCREASE), Tuple.of(3, BudgetEntryKind.COMMITMENT),
                Tuple.of(2, BudgetEntryKind.RELEASE), Tuple.of(3, BudgetEntryKind.EXPENSE));
        Arbitrary<EntryStep> step = Combinators.combine(kinds, Arbitraries.longs().between(1, 1_000_000),
                        Arbitraries.integers().between(0, 40), Arbitraries.of(true, false), texts(20))
                .as(EntryStep::new);
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(2000, 2040),
                        Arbitraries.longs().between(1, 10_000_000), step.list().ofMaxSize(8))
                .as(BudgetPlan::new);
    }

    /** Texts with accents, quotes, line breaks and characters beyond the BMP. */
    private static Arbitrary<String> texts(int maxLength) {
        return Combinators.combine(Arbitraries.strings().withChars(AWKWARD).ofMaxLength(maxLength),
                        Arbitraries.of(ENDINGS))
                .as(String::concat);
    }

    /** What working-group records a generated network holds, before it knows its records. */
    record GroupPlans(List<GroupPlan> groups, List<BudgetPlan> budgets) {

        /**
         * The groups (none without members) and their budgets (none without groups; one a group
         * and year).
         *
         * @param seed makes the ids, so that they do not come in the order they are made
         */
        GroupRecords madeFor(long seed, List<MemberId> members, List<PersonId> people, List<NeedId> needs,
                             List<PartnerId> partners) {
            List<WorkingGroup> made = new ArrayList<>();
            List<GroupBudget> budgeted = new ArrayList<>();
            List<BudgetEntry> entered = new ArrayList<>();
            if (members.isEmpty()) {
                return new GroupRecords(made, budgeted, entered);
            }
            for (int i = 0; i < groups.size(); i++) {
                made.add(groups.get(i).livedThrough(new WorkingGroupId(new UUID(seed + 83L * i, 1_200 + i)), seed + i,
                        members, people, needs, partners));
            }
            if (made.isEmpty()) {
                return new GroupRecords(made, budgeted, entered);
            }
            Set<String> years = new HashSet<>();
            int entries = 0;
            for (BudgetPlan plan : budgets) {
                WorkingGroupId group = made.get(plan.group() % made.size()).id();
                if (!years.add(group + "/" + plan.year())) {
                    continue;
                }
                GroupBudget budget = GroupBudget.empty(group, plan.year());
                LocalDate on = LocalDate.of(plan.year(), 1, 15);
                Map<BudgetEntryId, Money> open = new LinkedHashMap<>();
                List<EntryStep> steps = new ArrayList<>();
                steps.add(new EntryStep(BudgetEntryKind.ALLOCATION, plan.allocationCents(), 0, false, "Acord de l'AG"));
                steps.addAll(plan.entries());
                for (EntryStep step : steps) {
                    BudgetEntryId id = new BudgetEntryId(new UUID(seed - 89L * entries, 1_300 + entries));
                    on = on.plusDays(step.daysLater());
                    BudgetEntryId settled = open.isEmpty() ? null : open.keySet().iterator().next();
                    Money wanted = Money.ofCents(step.cents());
                    BudgetEntry entry = switch (step.kind()) {
                        case ALLOCATION, INCREASE -> new BudgetEntry(id, group, plan.year(), step.kind(), wanted, on,
                                step.reference(), null);
                        case COMMITMENT -> budget.remaining().isPositive()
                                ? new BudgetEntry(id, group, plan.year(), step.kind(), least(wanted, budget.remaining()),
                                        on, step.reference(), null)
                                : null;
                        case RELEASE -> settled == null ? null : new BudgetEntry(id, group, plan.year(), step.kind(),
                                least(wanted, open.get(settled)), on, step.reference(), settled);
                        case EXPENSE -> step.settles() && settled != null
                                ? new BudgetEntry(id, group, plan.year(), step.kind(), least(wanted, open.get(settled)),
                                        on, step.reference(), settled)
                                : budget.remaining().isPositive()
                                ? new BudgetEntry(id, group, plan.year(), step.kind(), least(wanted, budget.remaining()),
                                        on, step.reference(), null)
                                : null;
                    };
                    if (entry == null) {
                        continue;
                    }
                    Money holds = entry.commitment() == null ? Money.ZERO : open.get(entry.commitment());
                    Decision<GroupBudget> after = budget.apply(entry, holds);
                    if (!after.isAccepted()) {
                        continue;
                    }
                    budget = after.orElseThrow();
                    entered.add(entry);
                    entries++;
                    if (entry.kind() == BudgetEntryKind.COMMITMENT) {
                        open.put(entry.id(), entry.amount());
                    } else if (entry.commitment() != null) {
                        Money left = holds.minus(entry.amount());
                        if (left.isPositive()) {
                            open.put(entry.commitment(), left);
                        } else {
                            open.remove(entry.commitment());
                        }
                    }
                }
                budgeted.add(budget);
            }
            return new GroupRecords(made, budgeted, entered);
        }

        private static Money least(Money one, Money other) {
            return one.isGreaterThan(other) ? other : one;
        }
    }

    /** The working-group records of a generated network. */
    record GroupRecords(List<WorkingGroup> groups, List<GroupBudget> budgets, List<BudgetEntry> entries) {
    }

    /**
     * How a group starts.
     *
     * @param need         which of the needs it comes from (modulo how many there are); -1 for a proposal
     * @param coordinators which of the members coordinate it (modulo how many there are)
     * @param coordinator  which of the people coordinates it; -1 for nobody
     */
    record Start(String name, String theme, String mandate, int need, List<Integer> coordinators, int coordinator,
                 LocalDate proposedOn) {
    }

    /**
     * Where it ends up.
     *
     * @param outcome      the status it ends up in
     * @param worked       for a closed group, whether it was active before it closed
     * @param activeDays   how long after the proposal it became active
     * @param closeDays    how long after the last thing before it closed
     * @param reference    the decision each step names
     */
    record Course(GroupStatus outcome, boolean worked, int activeDays, int closeDays, String reference) {
    }

    /**
     * A council, or a person of it, joining some days after the proposal, and leaving some days
     * later or not (-1).
     */
    record JoinStep(int council, int person, int fromDays, int leaveDays) {
    }

    /** A meeting some days after the one before (or after it became active), with some of the people. */
    record MeetingStep(int daysLater, MeetingFormat format, List<Integer> attendees, String minutes) {
    }

    /** A product, with some of the partners; published some days after the proposal if it is. */
    record ProductStep(String title, ProductKind kind, ProductStatus status, int publishDays, List<Integer> partners) {
    }

    /**
     * An entry of a budget, some days after the one before: an amount wanted, cut to what the
     * budget or the commitment settled still holds.
     *
     * @param settles for an expense, whether it settles the oldest open commitment rather than
     *                coming straight from what remains
     */
    record EntryStep(BudgetEntryKind kind, long cents, int daysLater, boolean settles, String reference) {
    }

    /** A budget of one of the groups for a year, allocated first, then its entries. */
    record BudgetPlan(int group, int year, long allocationCents, List<EntryStep> entries) {
    }

    /** A group, how it goes and what it does. */
    record GroupPlan(Start start, Course course, List<JoinStep> joins, List<MeetingStep> meetings,
                     List<ProductStep> products) {

        WorkingGroup livedThrough(WorkingGroupId id, long seed, List<MemberId> members, List<PersonId> people,
                                  List<NeedId> needs, List<PartnerId> partners) {
            NeedId need = start.need() < 0 || needs.isEmpty() ? null : needs.get(start.need() % needs.size());
            List<MemberId> coordinators = start.coordinators().stream().map(c -> members.get(c % members.size()))
                    .distinct().toList();
            PersonId coordinator = start.coordinator() < 0 || people.isEmpty() ? null
                    : people.get(start.coordinator() % people.size());
            LocalDate proposedOn = start.proposedOn();
            WorkingGroup group = WorkingGroup.proposed(id, start.name(), start.theme(), start.mandate(), need,
                    coordinators, coordinator, proposedOn, "");
            LocalDate last = proposedOn;
            for (JoinStep step : joins) {
                MemberId council = members.get(step.council() % members.size());
                PersonId person = step.person() < 0 || people.isEmpty() ? null : people.get(step.person() % people.size());
                LocalDate from = proposedOn.plusDays(step.fromDays());
                Decision<WorkingGroup> joined = group.join(council, person, from);
                if (!joined.isAccepted()) {
                    continue;
                }
                group = joined.orElseThrow();
                last = from.isAfter(last) ? from : last;
                if (step.leaveDays() >= 0) {
                    LocalDate until = from.plusDays(step.leaveDays());
                    group = group.leave(council, person, until).orElseThrow();
                    last = until.isAfter(last) ? until : last;
                }
            }
            boolean active = course.outcome() == GroupStatus.ACTIVE
                    || course.outcome() == GroupStatus.CLOSED && course.worked();
            if (active) {
                LocalDate activeOn = proposedOn.plusDays(course.activeDays());
                group = group.moveTo(GroupStatus.ACTIVE, activeOn, course.reference()).orElseThrow();
                LocalDate on = activeOn;
                for (MeetingStep meeting : meetings) {
                    on = on.plusDays(meeting.daysLater());
                    List<PersonId> attendees = people.isEmpty() ? List.of()
                            : meeting.attendees().stream().map(a -> people.get(a % people.size())).distinct().toList();
                    group = group.meet(new GroupMeeting(on, meeting.format(), attendees, meeting.minutes())).orElseThrow();
                }
                last = on.isAfter(last) ? on : last;
                last = activeOn.isAfter(last) ? activeOn : last;
            }
            for (int i = 0; i < products.size(); i++) {
                ProductStep step = products.get(i);
                List<PartnerId> with = partners.isEmpty() ? List.of()
                        : step.partners().stream().map(p -> partners.get(p % partners.size())).distinct().toList();
                LocalDate publishedOn = step.status() == ProductStatus.PUBLISHED
                        ? proposedOn.plusDays(step.publishDays()) : null;
                group = group.product(new GroupProduct(new GroupProductId(new UUID(seed * 7 + i, 1_250 + i)),
                        step.title(), step.kind(), step.status(), publishedOn, with)).orElseThrow();
            }
            if (course.outcome() == GroupStatus.CLOSED) {
                group = group.moveTo(GroupStatus.CLOSED, last.plusDays(course.closeDays()), course.reference())
                        .orElseThrow();
            }
            return group;
        }
    }
}

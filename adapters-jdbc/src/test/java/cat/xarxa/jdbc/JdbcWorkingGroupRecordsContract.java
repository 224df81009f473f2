package cat.xarxa.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cat.xarxa.care.NeedId;
import cat.xarxa.common.ConcurrentUpdateException;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.common.Money;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberKind;
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
import cat.xarxa.workinggroup.GroupStep;
import cat.xarxa.workinggroup.Participation;
import cat.xarxa.workinggroup.ProductKind;
import cat.xarxa.workinggroup.ProductStatus;
import cat.xarxa.workinggroup.WorkingGroup;
import cat.xarxa.workinggroup.WorkingGroupId;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a database adds to the working-group part of the storage contract: a group's coordinators,
 * history, participants, meetings with their attendees and products with their partners kept as
 * rows that are replaced whole, read side by side without mixing two groups' rows, even beyond one
 * fetch; budgets and their ledger in the order the port promises; long texts and large amounts
 * kept whole. {@link JdbcStorageContract} extends it, so it runs on every database the adapter
 * supports.
 */
abstract class JdbcWorkingGroupRecordsContract extends JdbcMentorshipRecordsContract {

    private static final LocalDate PROPOSED_ON = LocalDate.of(2026, 1, 12);

    private static Member aCouncil(int number) {
        return Member.requestMembership(new MemberId(UUID.randomUUID()), MemberKind.OTHER_PUBLIC_BODY,
                String.format("G%07dA", number), "Consorci " + number, LocalDate.of(2026, 1, 5)).orElseThrow();
    }

    private static PersonId aPerson() {
        return new PersonId(UUID.randomUUID());
    }

    /**
     * A group with, by number, one or two coordinators, one to three steps, up to three
     * participants, meetings and products, up to three attendees a meeting and partners a product:
     * what a join would multiply, and nested rows of different meetings and products to keep apart.
     */
    private static WorkingGroup aGroupNumbered(int number, List<Member> councils) {
        List<MemberId> coordinators = councils.subList(0, Math.min(councils.size(), 1 + number % 2)).stream()
                .map(Member::id).toList();
        List<GroupStep> history = List.of(new GroupStep(GroupStatus.PROPOSED, PROPOSED_ON, number % 2 == 0 ? "" : "P" + number),
                new GroupStep(GroupStatus.ACTIVE, PROPOSED_ON.plusDays(20), "Plenari"),
                new GroupStep(GroupStatus.CLOSED, PROPOSED_ON.plusDays(300), "Tancat " + number))
                .subList(0, 1 + number % 3);
        List<Participation> participants = IntStream.range(0, number % 4)
                .mapToObj(i -> new Participation(councils.get(i % councils.size()).id(), i == 1 ? null : aPerson(),
                        PROPOSED_ON.plusDays(20 + i), i == 2 ? PROPOSED_ON.plusDays(200) : null))
                .toList();
        List<GroupMeeting> meetings = IntStream.range(0, (number / 2) % 4)
                .mapToObj(i -> new GroupMeeting(PROPOSED_ON.plusDays(30 + 7 * i), MeetingFormat.values()[i % 3],
                        Stream.generate(JdbcWorkingGroupRecordsContract::aPerson).limit((number + i) % 4).toList(),
                        i == 0 ? "" : "Acta " + i))
                .toList();
        List<GroupProduct> products = IntStream.range(0, (number / 3) % 4)
                .mapToObj(i -> new GroupProduct(new GroupProductId(UUID.randomUUID()), "Producte " + i,
                        ProductKind.values()[i % 3], ProductStatus.values()[(number + i) % 3],
                        ProductStatus.values()[(number + i) % 3] == ProductStatus.PUBLISHED ? LocalDate.of(2026, 11, 1 + i)
                                : null,
                        Stream.generate(() -> new PartnerId(UUID.randomUUID())).limit((number + 2 * i) % 4).toList()))
                .toList();
        return new WorkingGroup(new WorkingGroupId(UUID.randomUUID()), "Grup " + number, "theme-" + number % 5,
                number % 2 == 0 ? "" : "Mandat " + number, number % 3 == 0 ? new NeedId(UUID.randomUUID()) : null,
                coordinators, number % 2 == 0 ? null : aPerson(), history, participants, meetings, products, 0);
    }

    private static WorkingGroup withRows(WorkingGroup group, List<MemberId> coordinators, List<GroupStep> history,
                                         List<Participation> participants, List<GroupMeeting> meetings,
                                         List<GroupProduct> products, long version) {
        return new WorkingGroup(group.id(), group.name(), group.theme(), group.mandate(), group.need(), coordinators,
                group.coordinator(), history, participants, meetings, products, version);
    }

    private static BudgetEntry anEntryOf(WorkingGroupId group, int year, BudgetEntryKind kind, String amount,
                                         LocalDate on, String reference) {
        return new BudgetEntry(new BudgetEntryId(UUID.randomUUID()), group, year, kind, Money.euros(amount), on,
                reference, null);
    }

    /** What a stream gives, read to the end, the stream closed. */
    private static <T> List<T> readWhole(Stream<T> stream) {
        try (stream) {
            return stream.toList();
        }
    }

    @Test
    void everyWorkingGroupStreamsOnceWithItsOwnNestedRowsEvenBeyondOneFetch() {
        List<Member> councils = IntStream.range(0, 3).mapToObj(JdbcWorkingGroupRecordsContract::aCouncil).toList();
        List<WorkingGroup> saved = IntStream.range(0, JdbcWorkingGroups.FETCH_SIZE * 2 + 34)
                .mapToObj(number -> aGroupNumbered(number, councils)).toList();
        storage.transaction(tx -> {
            councils.forEach(tx.members()::save);
            saved.forEach(tx.workingGroups()::save);
            return null;
        });

        List<WorkingGroup> streamed = storage.transaction(tx -> readWhole(tx.workingGroups().groups()));
        WorkingGroup richest = saved.stream()
                .max(Comparator.comparingInt(group -> group.meetings().size() + group.products().size())).orElseThrow();

        assertEquals(saved.stream().map(group -> group.withVersion(1))
                .sorted(Comparator.comparing(group -> group.id().toString())).toList(), streamed);
        assertEquals(Optional.of(richest.withVersion(1)), storage.transaction(tx -> tx.workingGroups().group(richest.id())));
    }

    @Test
    void aGroupUpdateReplacesItsRowsAndNestedRowsWhole() {
        List<Member> councils = IntStream.range(0, 2).mapToObj(JdbcWorkingGroupRecordsContract::aCouncil).toList();
        WorkingGroup group = aGroupNumbered(23, councils);
        storage.transaction(tx -> {
            councils.forEach(tx.members()::save);
            return tx.workingGroups().save(group);
        });
        WorkingGroup fewer = withRows(group, List.of(councils.get(1).id()), group.history().subList(0, 1),
                group.participants().subList(1, 2), List.of(group.meetings().get(2)), List.of(group.products().get(1)), 1);
        WorkingGroup none = withRows(group, List.of(councils.get(0).id()), group.history(), List.of(), List.of(),
                List.of(), 2);

        storage.transaction(tx -> tx.workingGroups().save(fewer));
        Optional<WorkingGroup> afterFewer = storage.transaction(tx -> tx.workingGroups().group(group.id()));
        storage.transaction(tx -> tx.workingGroups().save(none));
        Optional<WorkingGroup> afterNone = storage.transaction(tx -> tx.workingGroups().group(group.id()));

        assertEquals(List.of(2, 3, 3, 3, 3), List.of(group.coordinators().size(), group.history().size(),
                group.participants().size(), group.meetings().size(), group.products().size()));
        assertEquals(Optional.of(fewer.withVersion(2)), afterFewer);
        assertEquals(Optional.of(none.withVersion(3)), afterNone);
    }

    @Test
    void budgetsComeByGroupThenYearAndEntriesByIdAndEachLedgerByDateThenId() {
        List<Member> councils = List.of(aCouncil(1));
        List<WorkingGroup> groups = IntStream.range(0, 4).mapToObj(number -> aGroupNumbered(number, councils)).toList();
        List<GroupBudget> budgets = groups.stream()
                .flatMap(group -> Stream.of(2027, 2025, 2026).map(year -> new GroupBudget(group.id(), year,
                        Money.euros("12000.00"), Money.euros(year + ".5"), Money.euros("0.01"), Money.ZERO, 0)))
                .toList();
        WorkingGroupId first = groups.get(0).id();
        List<BudgetEntry> entries = IntStream.range(0, 12)
                .mapToObj(i -> anEntryOf(i < 9 ? first : groups.get(1).id(), i % 3 == 0 ? 2025 : 2026,
                        BudgetEntryKind.values()[i % 5], "1" + i + ".0" + i % 10, LocalDate.of(2026, 3, 1 + i % 2),
                        i % 2 == 0 ? "" : "Factura " + i))
                .toList();
        storage.transaction(tx -> {
            councils.forEach(tx.members()::save);
            groups.forEach(tx.workingGroups()::save);
            budgets.forEach(tx.workingGroups()::save);
            entries.forEach(tx.workingGroups()::add);
            return null;
        });

        assertEquals(budgets.stream().map(budget -> budget.withVersion(1))
                        .sorted(Comparator.comparing((GroupBudget budget) -> budget.group().toString())
                                .thenComparingInt(GroupBudget::year)).toList(),
                storage.transaction(tx -> readWhole(tx.workingGroups().budgets())));
        assertEquals(entries.stream().sorted(Comparator.comparing(entry -> entry.id().toString())).toList(),
                storage.transaction(tx -> readWhole(tx.workingGroups().entries())));
        assertEquals(entries.stream().filter(entry -> entry.group().equals(first) && entry.year() == 2026)
                        .sorted(Comparator.comparing(BudgetEntry::on).thenComparing(entry -> entry.id().toString()))
                        .toList(),
                storage.transaction(tx -> tx.workingGroups().ledger(first, 2026)));
        assertEquals(List.of(), storage.transaction(tx -> tx.workingGroups().ledger(first, 2024)));
    }

    @Test
    void aSecondGroupBudgetOrBudgetEntryWithTheSameKeyIsAConflict() {
        Member sabadell = aPendingMember(SABADELL, "Sabadell");
        WorkingGroup group = aGroupNumbered(4, List.of(sabadell));
        GroupBudget budget = GroupBudget.empty(group.id(), 2026);
        BudgetEntry entry = anEntryOf(group.id(), 2026, BudgetEntryKind.ALLOCATION, "100.00", PROPOSED_ON, "");
        storage.transaction(tx -> tx.members().save(sabadell) + tx.workingGroups().save(group)
                + tx.workingGroups().save(budget));
        storage.transaction(tx -> {
            tx.workingGroups().add(entry);
            return null;
        });

        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx -> tx.workingGroups().save(group)));
        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx -> tx.workingGroups().save(budget)));
        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx ->
                tx.workingGroups().save(budget.withVersion(3))));
        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx -> {
            tx.workingGroups().add(entry);
            return null;
        }));
        assertEquals(Optional.of(budget.withVersion(1)), storage.transaction(tx -> tx.workingGroups().budget(group.id(), 2026)));
    }

    @Test
    void workingGroupTextsAndAmountsAreKeptWholeAtFullLength() {
        Member sabadell = aPendingMember(SABADELL, "Sabadell");
        String line = "Línia amb «cometes» i accents: àèéíòóúç·l\n";
        PersonId coordinator = aPerson();
        WorkingGroup group = new WorkingGroup(new WorkingGroupId(UUID.randomUUID()), textOf(line, 200),
                "t".repeat(59) + "·", textOf(line, 2_000), new NeedId(UUID.randomUUID()), List.of(sabadell.id()),
                coordinator,
                List.of(new GroupStep(GroupStatus.PROPOSED, PROPOSED_ON, textOf(line, 200)),
                        new GroupStep(GroupStatus.ACTIVE, PROPOSED_ON.plusDays(1), "")),
                List.of(new Participation(sabadell.id(), coordinator, PROPOSED_ON.plusDays(1), null)),
                List.of(new GroupMeeting(PROPOSED_ON.plusDays(2), MeetingFormat.HYBRID,
                        Stream.generate(JdbcWorkingGroupRecordsContract::aPerson).limit(40).toList(), textOf(line, 4_000))),
                List.of(new GroupProduct(new GroupProductId(UUID.randomUUID()), textOf(line, 200), ProductKind.REPORT,
                        ProductStatus.PUBLISHED, PROPOSED_ON.plusDays(90),
                        Stream.generate(() -> new PartnerId(UUID.randomUUID())).limit(12).toList())),
                0);
        GroupBudget budget = new GroupBudget(group.id(), 2999, Money.euros("999999999999.99"), Money.euros("0.01"),
                Money.euros("123456789012.34"), Money.euros("876543210987.64"), 0);
        BudgetEntry entry = anEntryOf(group.id(), 2999, BudgetEntryKind.EXPENSE, "999999999999.99", PROPOSED_ON,
                textOf(line, 200));

        storage.transaction(tx -> {
            tx.members().save(sabadell);
            tx.workingGroups().save(group);
            tx.workingGroups().save(budget);
            tx.workingGroups().add(entry);
            return null;
        });

        assertEquals(Optional.of(group.withVersion(1)), storage.transaction(tx -> tx.workingGroups().group(group.id())));
        assertEquals(Optional.of(budget.withVersion(1)), storage.transaction(tx -> tx.workingGroups().budget(group.id(), 2999)));
        assertEquals(List.of(entry), storage.transaction(tx -> tx.workingGroups().ledger(group.id(), 2999)));
    }

    /** Lines of text cut to a length, ending in spaces and a line break, which must be kept too. */
    private static String textOf(String line, int length) {
        return line.repeat(length / line.length() + 1).substring(0, length - 3) + "  \n";
    }
}

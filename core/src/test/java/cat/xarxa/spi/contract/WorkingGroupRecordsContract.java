package cat.xarxa.spi.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cat.xarxa.common.ConcurrentUpdateException;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.common.Money;
import cat.xarxa.member.Member;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What every storage must do with working groups, their yearly budgets and the budgets' ledger.
 * {@link StorageContract} extends it through the other areas' parts.
 */
public abstract class WorkingGroupRecordsContract extends MentorshipRecordsContract {

    private static WorkingGroup aGroup(Member sabadell, Member manlleu) {
        PersonId coordinator = new PersonId(UUID.randomUUID());
        return new WorkingGroup(new WorkingGroupId(UUID.randomUUID()), "Habitatge cooperatiu", "housing-cooperatives",
                "Guia per a administracions locals\nsobre «cessió d'ús»", null, List.of(sabadell.id(), manlleu.id()),
                coordinator,
                List.of(new GroupStep(GroupStatus.PROPOSED, LocalDate.of(2026, 1, 10), "Proposta"),
                        new GroupStep(GroupStatus.ACTIVE, LocalDate.of(2026, 2, 2), "Plenari 2026")),
                List.of(new Participation(sabadell.id(), coordinator, LocalDate.of(2026, 2, 2), null),
                        new Participation(manlleu.id(), null, LocalDate.of(2026, 2, 2), LocalDate.of(2026, 9, 30))),
                List.of(new GroupMeeting(LocalDate.of(2026, 3, 3), MeetingFormat.VIRTUAL,
                        List.of(coordinator, new PersonId(UUID.randomUUID())), "Índex de la guia")),
                List.of(new GroupProduct(new GroupProductId(UUID.randomUUID()), "Guia d'habitatge cooperatiu", ProductKind.GUIDE,
                                ProductStatus.PUBLISHED, LocalDate.of(2026, 10, 1),
                                List.of(new PartnerId(UUID.randomUUID()), new PartnerId(UUID.randomUUID()))),
                        new GroupProduct(new GroupProductId(UUID.randomUUID()), "Campanya", ProductKind.CAMPAIGN,
                                ProductStatus.PLANNED, null, List.of())), 0);
    }

    private static BudgetEntry anEntry(WorkingGroupId group, BudgetEntryKind kind, String amount, LocalDate on,
                                       BudgetEntryId commitment) {
        return new BudgetEntry(new BudgetEntryId(UUID.randomUUID()), group, 2026, kind, Money.euros(amount), on,
                "CE 2026-02, acord 5", commitment);
    }

    @Test
    void aWorkingGroupReadsBackWithEveryListInOrderAndAStaleVersionChangesNothing() {
        Member sabadell = aPendingMember(SABADELL, "Sabadell");
        Member manlleu = aPendingMember(MANLLEU, "Manlleu");
        WorkingGroup group = aGroup(sabadell, manlleu);
        storage.transaction(tx -> tx.members().save(sabadell) + tx.members().save(manlleu) + tx.workingGroups().save(group));

        assertEquals(Optional.of(group.withVersion(1)), storage.transaction(tx -> tx.workingGroups().group(group.id())));
        WorkingGroup closed = group.withVersion(1).moveTo(GroupStatus.CLOSED, LocalDate.of(2026, 12, 1), "").orElseThrow();
        assertEquals(2L, (long) storage.transaction(tx -> tx.workingGroups().save(closed)));
        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx -> tx.workingGroups().save(closed)));
        assertEquals(Optional.of(closed.withVersion(2)), storage.transaction(tx -> tx.workingGroups().group(group.id())));
    }

    @Test
    void workingGroupsStreamInIdOrderOnceEach() {
        Member sabadell = aPendingMember(SABADELL, "Sabadell");
        Member manlleu = aPendingMember(MANLLEU, "Manlleu");
        List<WorkingGroup> made = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            made.add(aGroup(sabadell, manlleu));
        }
        storage.transaction(tx -> {
            tx.members().save(sabadell);
            tx.members().save(manlleu);
            made.forEach(tx.workingGroups()::save);
            return null;
        });

        List<WorkingGroup> expected = new ArrayList<>(made.stream().map(g -> g.withVersion(1)).toList());
        expected.sort(Comparator.comparing(g -> g.id().toString()));
        assertEquals(expected, storage.transaction(tx -> {
            try (Stream<WorkingGroup> all = tx.workingGroups().groups()) {
                return all.toList();
            }
        }));
    }

    @Test
    void aBudgetAndItsLedgerReadBackAndTwoUnitsOfWorkCannotBothSpendTheSameVersion() {
        Member sabadell = aPendingMember(SABADELL, "Sabadell");
        Member manlleu = aPendingMember(MANLLEU, "Manlleu");
        WorkingGroup group = aGroup(sabadell, manlleu);
        GroupBudget budget = new GroupBudget(group.id(), 2026, Money.euros("3000.00"), Money.ZERO, Money.euros("1200.50"),
                Money.euros("0.01"), 0);
        BudgetEntry allocation = anEntry(group.id(), BudgetEntryKind.ALLOCATION, "3000.00", LocalDate.of(2026, 2, 2), null);
        BudgetEntry commitment = anEntry(group.id(), BudgetEntryKind.COMMITMENT, "1200.50", LocalDate.of(2026, 3, 1), null);
        BudgetEntry expense = anEntry(group.id(), BudgetEntryKind.EXPENSE, "0.01", LocalDate.of(2026, 3, 1), null);
        storage.transaction(tx -> {
            tx.members().save(sabadell);
            tx.members().save(manlleu);
            tx.workingGroups().save(group);
            tx.workingGroups().save(budget);
            tx.workingGroups().add(expense);
            tx.workingGroups().add(allocation);
            tx.workingGroups().add(commitment);
            return null;
        });

        assertEquals(Optional.of(budget.withVersion(1)), storage.transaction(tx -> tx.workingGroups().budget(group.id(), 2026)));
        assertEquals(Optional.empty(), storage.transaction(tx -> tx.workingGroups().budget(group.id(), 2027)));
        List<BudgetEntry> sameDay = new ArrayList<>(List.of(commitment, expense));
        sameDay.sort(Comparator.comparing(e -> e.id().toString()));
        assertEquals(List.of(allocation, sameDay.get(0), sameDay.get(1)),
                storage.transaction(tx -> tx.workingGroups().ledger(group.id(), 2026)));
        GroupBudget spent = new GroupBudget(group.id(), 2026, budget.allocated(), Money.ZERO, budget.committed(),
                Money.euros("100.01"), 1);
        GroupBudget other = new GroupBudget(group.id(), 2026, budget.allocated(), Money.ZERO, budget.committed(),
                Money.euros("200.01"), 1);
        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(outer -> {
            assertEquals(1L, outer.workingGroups().budget(group.id(), 2026).orElseThrow().version());
            storage.transaction(inner -> inner.workingGroups().save(other));
            return outer.workingGroups().save(spent);
        }));
        assertEquals(Money.euros("200.01"), storage.transaction(tx -> tx.workingGroups().budget(group.id(), 2026))
                .orElseThrow().spent());
        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx -> {
            tx.workingGroups().add(allocation);
            return tx.workingGroups().ledger(group.id(), 2026);
        }));
        List<BudgetEntry> byId = new ArrayList<>(List.of(allocation, commitment, expense));
        byId.sort(Comparator.comparing(e -> e.id().toString()));
        assertEquals(byId, storage.transaction(tx -> {
            try (Stream<BudgetEntry> all = tx.workingGroups().entries()) {
                return all.toList();
            }
        }));
    }
}

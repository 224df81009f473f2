package cat.xarxa.workinggroup;

import cat.xarxa.common.Decision;
import cat.xarxa.common.Money;
import cat.xarxa.common.Reason;
import java.util.List;
import java.util.Objects;

/**
 * A group's budget of a year, with its running totals; every change is a {@link BudgetEntry} and
 * the totals are always their sum. {@code remaining = allocated + increased − committed − spent},
 * never negative: what would overspend is refused unless an approved increase makes room first.
 *
 * @param group     the group
 * @param year      the year
 * @param allocated the yearly allocation(s)
 * @param increased approved increases
 * @param committed commitments not yet spent nor released
 * @param spent     expenses
 * @param version   the version the store last saved; 0 if never stored
 */
public record GroupBudget(WorkingGroupId group, int year, Money allocated, Money increased, Money committed, Money spent,
                          long version) {

    public GroupBudget {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(allocated, "allocated");
        Objects.requireNonNull(increased, "increased");
        Objects.requireNonNull(committed, "committed");
        Objects.requireNonNull(spent, "spent");
    }

    /** A budget with nothing in it yet. */
    public static GroupBudget empty(WorkingGroupId group, int year) {
        return new GroupBudget(group, year, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, 0);
    }

    /** What may still be committed or spent. */
    public Money remaining() {
        return allocated.plus(increased).minus(committed).minus(spent);
    }

    /** The same budget as stored at a version. */
    public GroupBudget withVersion(long storedVersion) {
        return new GroupBudget(group, year, allocated, increased, committed, spent, storedVersion);
    }

    /**
     * The budget after an entry, or why it does not fit: {@code group.amount-not-positive},
     * {@code group.budget-exceeded} (beyond what remains), {@code group.beyond-commitment} (a
     * release or expense beyond what its commitment still holds).
     *
     * @param entry          the entry
     * @param openCommitment what the entry's commitment still holds (zero if none)
     */
    public Decision<GroupBudget> apply(BudgetEntry entry, Money openCommitment) {
        Money amount = entry.amount();
        if (!amount.isPositive()) {
            return Decision.rejected(Reason.of("group.amount-not-positive", amount));
        }
        boolean settles = entry.commitment() != null;
        return switch (entry.kind()) {
            case ALLOCATION -> accepted(allocated.plus(amount), increased, committed, spent);
            case INCREASE -> accepted(allocated, increased.plus(amount), committed, spent);
            case COMMITMENT -> amount.isGreaterThan(remaining())
                    ? Decision.rejected(Reason.of("group.budget-exceeded", amount, remaining(), year))
                    : accepted(allocated, increased, committed.plus(amount), spent);
            case RELEASE -> !settles || amount.isGreaterThan(openCommitment)
                    ? Decision.rejected(Reason.of("group.beyond-commitment", amount, openCommitment))
                    : accepted(allocated, increased, committed.minus(amount), spent);
            case EXPENSE -> settles
                    ? amount.isGreaterThan(openCommitment)
                    ? Decision.rejected(Reason.of("group.beyond-commitment", amount, openCommitment))
                    : accepted(allocated, increased, committed.minus(amount), spent.plus(amount))
                    : amount.isGreaterThan(remaining())
                    ? Decision.rejected(Reason.of("group.budget-exceeded", amount, remaining(), year))
                    : accepted(allocated, increased, committed, spent.plus(amount));
        };
    }

    private Decision<GroupBudget> accepted(Money newAllocated, Money newIncreased, Money newCommitted, Money newSpent) {
        return Decision.accepted(new GroupBudget(group, year, newAllocated, newIncreased, newCommitted, newSpent, version),
                List.of());
    }
}

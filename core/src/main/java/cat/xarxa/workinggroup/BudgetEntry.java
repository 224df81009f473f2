package cat.xarxa.workinggroup;

import cat.xarxa.common.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One movement of a group's budget of a year, only ever added.
 *
 * @param id         the id
 * @param group      the group
 * @param year       the budget year
 * @param kind       what it does
 * @param amount     how much; positive
 * @param on         the date
 * @param reference  the decision, invoice or contract; may be empty
 * @param commitment the commitment an expense or a release settles; null otherwise
 */
public record BudgetEntry(BudgetEntryId id, WorkingGroupId group, int year, BudgetEntryKind kind, Money amount,
                          LocalDate on, String reference, BudgetEntryId commitment) {

    /** The aggregate type of a group's budget in the journal (its id is the group and the year). */
    public static final String AGGREGATE_TYPE = "group-budget";

    public BudgetEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(on, "on");
        reference = reference == null ? "" : reference;
    }
}

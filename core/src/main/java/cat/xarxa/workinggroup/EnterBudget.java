package cat.xarxa.workinggroup;

import cat.xarxa.common.CommandValidator;
import cat.xarxa.common.Money;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Adds an entry to a working group's budget of a year: an allocation or an approved increase (with its decision), a commitment, a release or an expense (of a commitment, or direct).
 *
 * @param group the group
 * @param year the budget year
 * @param kind what it does
 * @param amount how much; positive
 * @param on the date
 * @param reference decision, contract or invoice; may be null
 * @param commitment the commitment a release or expense settles, or null
 */
public record EnterBudget(
        @NotNull WorkingGroupId group,
        @Min(1900) @Max(2999) int year,
        @NotNull BudgetEntryKind kind,
        @NotNull Money amount,
        @NotNull LocalDate on,
        @Size(max = 200) String reference,
        BudgetEntryId commitment) {

    public EnterBudget {
        CommandValidator.requireValid(EnterBudget.class, group, year, kind, amount, on, reference, commitment);
    }
}

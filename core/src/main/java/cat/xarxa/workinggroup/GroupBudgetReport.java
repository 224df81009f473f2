package cat.xarxa.workinggroup;

import cat.xarxa.common.Money;

/**
 * A group's budget of a year: executed against allocated.
 *
 * @param group     the group
 * @param name      its name
 * @param year      the year
 * @param allocated allocated and increased
 * @param committed committed and not spent
 * @param spent     spent
 * @param remaining what remains
 */
public record GroupBudgetReport(WorkingGroupId group, String name, int year, Money allocated, Money committed, Money spent,
                                Money remaining) {
}

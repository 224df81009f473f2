package cat.xarxa.json;

import cat.xarxa.workinggroup.GroupBudget;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON shape of a working group's budget of a year, the same in both formats and in the
 * Jackson module:
 * <pre>{@code
 * {"group":"…","year":2026,"currency":"EUR","allocated":"5000.00","increased":"1000.00","committed":"1200.00","spent":"800.00"}
 * }</pre>
 * The group and the year are the budget's id. Amounts are strings with two decimals in the
 * currency the record names, as in the fee records, never JSON numbers. The totals are written
 * although they follow from the budget's entries ({@link BudgetEntryShape}), so that a reader sees
 * the balance without adding them up; an import checks that they are the sum of the entries.
 * What remains is not written, since it follows from them. The store's version is not written.
 */
final class GroupBudgetShape {

    static final String GROUP = "group";
    static final String YEAR = "year";
    static final String ALLOCATED = "allocated";
    static final String INCREASED = "increased";
    static final String COMMITTED = "committed";
    static final String SPENT = "spent";

    private GroupBudgetShape() {
    }

    /** Writes the budget's fields into the object the generator has open. */
    static void writeFields(JsonGenerator json, GroupBudget budget) {
        json.writeStringProperty(GROUP, budget.group().toString());
        json.writeNumberProperty(YEAR, budget.year());
        json.writeStringProperty(Amounts.CURRENCY, Amounts.EUROS);
        json.writeStringProperty(ALLOCATED, budget.allocated().toString());
        json.writeStringProperty(INCREASED, budget.increased().toString());
        json.writeStringProperty(COMMITTED, budget.committed().toString());
        json.writeStringProperty(SPENT, budget.spent().toString());
    }
}

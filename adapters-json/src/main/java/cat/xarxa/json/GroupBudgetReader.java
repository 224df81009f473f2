package cat.xarxa.json;

import static cat.xarxa.json.TreeFields.id;
import static cat.xarxa.json.TreeFields.intValue;
import static cat.xarxa.json.TreeFields.object;

import cat.xarxa.workinggroup.GroupBudget;
import cat.xarxa.workinggroup.WorkingGroupId;
import tools.jackson.databind.JsonNode;

/**
 * Reads a working group's budget of a year in {@link GroupBudgetShape}'s shape, with version 0,
 * as one not yet stored. Refused here, naming the field: a missing value (every field is needed
 * but {@code currency}, which means euros), a value of the wrong JSON type, an id that is not one
 * and what {@link Amounts} refuses. Whether the group is there, the year has no budget yet and the
 * totals are the sum of the entries that follow is the import's to judge.
 */
final class GroupBudgetReader {

    /** The record as files name it. */
    static final String RECORD = "group-budget";

    private GroupBudgetReader() {
    }

    /**
     * Reads the budget at a node.
     *
     * @throws RecordProblem naming the field that cannot be read
     */
    static GroupBudget read(JsonNode record) {
        object(record, "");
        Amounts amounts = Amounts.of(record, "");
        return new GroupBudget(id(record, GroupBudgetShape.GROUP, "", WorkingGroupId::parse),
                intValue(record, GroupBudgetShape.YEAR, ""),
                amounts.amount(record, GroupBudgetShape.ALLOCATED, ""),
                amounts.amount(record, GroupBudgetShape.INCREASED, ""),
                amounts.amount(record, GroupBudgetShape.COMMITTED, ""),
                amounts.amount(record, GroupBudgetShape.SPENT, ""),
                0);
    }
}

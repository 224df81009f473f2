package cat.xarxa.json;

import static cat.xarxa.json.TreeFields.date;
import static cat.xarxa.json.TreeFields.enumValue;
import static cat.xarxa.json.TreeFields.id;
import static cat.xarxa.json.TreeFields.intValue;
import static cat.xarxa.json.TreeFields.object;
import static cat.xarxa.json.TreeFields.optionalId;
import static cat.xarxa.json.TreeFields.optionalText;

import cat.xarxa.workinggroup.BudgetEntry;
import cat.xarxa.workinggroup.BudgetEntryId;
import cat.xarxa.workinggroup.BudgetEntryKind;
import cat.xarxa.workinggroup.WorkingGroupId;
import tools.jackson.databind.JsonNode;

/**
 * Reads an entry of a working group's budget in {@link BudgetEntryShape}'s shape. Refused here,
 * naming the field: a missing value (only {@code reference} may be missing, meaning none,
 * {@code currency}, meaning euros, and {@code commitment}), a value of the wrong JSON type, an id
 * or a date that is not one, an unknown {@code kind} and what {@link Amounts} refuses. Whether
 * the budget is there, the amount is positive and the budget's totals are the sum of its entries
 * is the import's to judge.
 */
final class BudgetEntryReader {

    /** The record as files name it. */
    static final String RECORD = "budget-entry";

    private BudgetEntryReader() {
    }

    /**
     * Reads the entry at a node.
     *
     * @throws RecordProblem naming the field that cannot be read
     */
    static BudgetEntry read(JsonNode record) {
        object(record, "");
        Amounts amounts = Amounts.of(record, "");
        return new BudgetEntry(id(record, BudgetEntryShape.ID, "", BudgetEntryId::parse),
                id(record, BudgetEntryShape.GROUP, "", WorkingGroupId::parse),
                intValue(record, BudgetEntryShape.YEAR, ""),
                enumValue(record, BudgetEntryShape.KIND, "", BudgetEntryKind.class),
                amounts.amount(record, BudgetEntryShape.AMOUNT, ""),
                date(record, BudgetEntryShape.ON, ""),
                optionalText(record, BudgetEntryShape.REFERENCE, ""),
                optionalId(record, BudgetEntryShape.COMMITMENT, "", BudgetEntryId::parse));
    }
}

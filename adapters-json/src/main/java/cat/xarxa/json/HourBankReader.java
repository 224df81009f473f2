package cat.xarxa.json;

import static cat.xarxa.json.TreeFields.date;
import static cat.xarxa.json.TreeFields.hours;
import static cat.xarxa.json.TreeFields.object;
import static cat.xarxa.json.TreeFields.text;

import cat.xarxa.advisory.HourBank;
import tools.jackson.databind.JsonNode;

/**
 * Reads an hour bank in {@link HourBankShape}'s shape, with version 0, as one not yet stored.
 * Refused here, naming the field: a missing value (every field is needed), a value of the wrong
 * JSON type, a date that is not one and hours that are not {@code h:mm}. Whether the period ends
 * after it starts, is not open already and its totals are the sum of its entries is the
 * import's to judge.
 */
final class HourBankReader {

    /** The record as files name it. */
    static final String RECORD = "hour-bank";

    private HourBankReader() {
    }

    /**
     * Reads the bank at a node.
     *
     * @throws RecordProblem naming the field that cannot be read
     */
    static HourBank read(JsonNode record) {
        object(record, "");
        return new HourBank(text(record, HourBankShape.PERIOD, ""),
                date(record, HourBankShape.FROM, ""),
                date(record, HourBankShape.UNTIL, ""),
                hours(record, HourBankShape.GRANTED, ""),
                hours(record, HourBankShape.RESERVED, ""),
                hours(record, HourBankShape.CONSUMED, ""),
                hours(record, HourBankShape.EXPIRED, ""),
                0);
    }
}

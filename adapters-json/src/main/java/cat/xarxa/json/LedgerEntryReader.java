package cat.xarxa.json;

import static cat.xarxa.json.TreeFields.date;
import static cat.xarxa.json.TreeFields.enumValue;
import static cat.xarxa.json.TreeFields.hours;
import static cat.xarxa.json.TreeFields.id;
import static cat.xarxa.json.TreeFields.object;
import static cat.xarxa.json.TreeFields.optionalId;
import static cat.xarxa.json.TreeFields.optionalText;
import static cat.xarxa.json.TreeFields.text;

import cat.xarxa.advisory.AdvisoryId;
import cat.xarxa.advisory.EntryCause;
import cat.xarxa.advisory.EntryId;
import cat.xarxa.advisory.EntryKind;
import cat.xarxa.advisory.LedgerEntry;
import cat.xarxa.advisory.SessionId;
import tools.jackson.databind.JsonNode;

/**
 * Reads an entry of an hour bank's ledger in {@link LedgerEntryShape}'s shape. Refused here,
 * naming the field: a missing value (only {@code actor} and {@code reference} may be missing,
 * meaning none, and {@code advisory} and {@code session}), a value of the wrong JSON type, an id
 * or a date that is not one, an unknown {@code kind} or {@code cause} and hours that are not
 * {@code h:mm}. Whether the bank is there and the entry fits its balance is the import's to
 * judge.
 */
final class LedgerEntryReader {

    /** The record as files name it. */
    static final String RECORD = "ledger-entry";

    private LedgerEntryReader() {
    }

    /**
     * Reads the entry at a node.
     *
     * @throws RecordProblem naming the field that cannot be read
     */
    static LedgerEntry read(JsonNode record) {
        object(record, "");
        return new LedgerEntry(id(record, LedgerEntryShape.ID, "", EntryId::parse),
                text(record, LedgerEntryShape.PERIOD, ""),
                enumValue(record, LedgerEntryShape.KIND, "", EntryKind.class),
                enumValue(record, LedgerEntryShape.CAUSE, "", EntryCause.class),
                hours(record, LedgerEntryShape.HOURS, ""),
                date(record, LedgerEntryShape.ON, ""),
                optionalText(record, LedgerEntryShape.ACTOR, ""),
                optionalText(record, LedgerEntryShape.REFERENCE, ""),
                optionalId(record, LedgerEntryShape.ADVISORY, "", AdvisoryId::parse),
                optionalId(record, LedgerEntryShape.SESSION, "", SessionId::parse));
    }
}

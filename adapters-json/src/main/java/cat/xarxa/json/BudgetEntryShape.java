package cat.xarxa.json;

import static cat.xarxa.json.FieldWriting.writeText;

import cat.xarxa.workinggroup.BudgetEntry;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON shape of an entry of a working group's budget of a year, the same in both formats and
 * in the Jackson module:
 * <pre>{@code
 * {"id":"…","group":"…","year":2026,"kind":"COMMITMENT","currency":"EUR","amount":"1200.00","on":"2026-04-02","reference":"Contracte 2026/14","commitment":null}
 * {"id":"…","group":"…","year":2026,"kind":"EXPENSE","currency":"EUR","amount":"800.00","on":"2026-06-30","reference":"Factura 2026-0031","commitment":"…"}
 * }</pre>
 * {@code amount} is always more than zero: the {@code kind} says which way the money went.
 * {@code commitment} names the commitment an expense or a release settles, {@code null}
 * otherwise. Entries are only ever added, so a store keeps no version of them.
 */
final class BudgetEntryShape {

    static final String ID = "id";
    static final String GROUP = "group";
    static final String YEAR = "year";
    static final String KIND = "kind";
    static final String AMOUNT = "amount";
    static final String ON = "on";
    static final String REFERENCE = "reference";
    static final String COMMITMENT = "commitment";

    private BudgetEntryShape() {
    }

    /** Writes the entry's fields into the object the generator has open. */
    static void writeFields(JsonGenerator json, BudgetEntry entry) {
        json.writeStringProperty(ID, entry.id().toString());
        json.writeStringProperty(GROUP, entry.group().toString());
        json.writeNumberProperty(YEAR, entry.year());
        json.writeStringProperty(KIND, entry.kind().name());
        json.writeStringProperty(Amounts.CURRENCY, Amounts.EUROS);
        json.writeStringProperty(AMOUNT, entry.amount().toString());
        json.writeStringProperty(ON, entry.on().toString());
        json.writeStringProperty(REFERENCE, entry.reference());
        writeText(json, COMMITMENT, entry.commitment() == null ? null : entry.commitment().toString());
    }
}

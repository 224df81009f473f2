package cat.xarxa.json;

import static cat.xarxa.json.FieldWriting.writeText;

import cat.xarxa.advisory.LedgerEntry;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON shape of an entry of an hour bank's ledger, the same in both formats and in the
 * Jackson module:
 * <pre>{@code
 * {"id":"…","period":"2026","kind":"RESERVATION","cause":"REQUEST","hours":"4:00","on":"2026-05-04","actor":"secretaria","reference":"","advisory":"…","session":null}
 * }</pre>
 * {@code hours} is always more than zero: the {@code kind} says which way they went.
 * {@code "advisory":null} for a grant, an enlargement or an expiry, {@code "session":null} for an
 * entry of no session. Entries are only ever added, so a store keeps no version of them.
 */
final class LedgerEntryShape {

    static final String ID = "id";
    static final String PERIOD = "period";
    static final String KIND = "kind";
    static final String CAUSE = "cause";
    static final String HOURS = "hours";
    static final String ON = "on";
    static final String ACTOR = "actor";
    static final String REFERENCE = "reference";
    static final String ADVISORY = "advisory";
    static final String SESSION = "session";

    private LedgerEntryShape() {
    }

    /** Writes the entry's fields into the object the generator has open. */
    static void writeFields(JsonGenerator json, LedgerEntry entry) {
        json.writeStringProperty(ID, entry.id().toString());
        json.writeStringProperty(PERIOD, entry.period());
        json.writeStringProperty(KIND, entry.kind().name());
        json.writeStringProperty(CAUSE, entry.cause().name());
        json.writeStringProperty(HOURS, entry.hours().toString());
        json.writeStringProperty(ON, entry.on().toString());
        json.writeStringProperty(ACTOR, entry.actor());
        json.writeStringProperty(REFERENCE, entry.reference());
        writeText(json, ADVISORY, entry.advisory() == null ? null : entry.advisory().toString());
        writeText(json, SESSION, entry.session() == null ? null : entry.session().toString());
    }
}

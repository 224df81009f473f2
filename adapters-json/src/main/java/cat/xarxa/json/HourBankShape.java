package cat.xarxa.json;

import cat.xarxa.advisory.HourBank;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON shape of an hour bank (the network's bag of advisory hours for a period), the same in
 * both formats and in the Jackson module:
 * <pre>{@code
 * {"period":"2026","from":"2026-01-01","until":"2026-12-31","granted":"40:00","reserved":"8:00","consumed":"6:30","expired":"0:00"}
 * }</pre>
 * The period is the bank's id. Hours are written as {@link cat.xarxa.common.Hours} writes them,
 * {@code h:mm}, never as JSON numbers. The totals are written although they follow from the
 * ledger, so that a reader sees the balance without adding up the entries; an import checks that
 * they are the sum of the entries that follow. What is available is not written, since it follows
 * from them. The store's version is not written.
 */
final class HourBankShape {

    static final String PERIOD = "period";
    static final String FROM = "from";
    static final String UNTIL = "until";
    static final String GRANTED = "granted";
    static final String RESERVED = "reserved";
    static final String CONSUMED = "consumed";
    static final String EXPIRED = "expired";

    private HourBankShape() {
    }

    /** Writes the bank's fields into the object the generator has open. */
    static void writeFields(JsonGenerator json, HourBank bank) {
        json.writeStringProperty(PERIOD, bank.period());
        json.writeStringProperty(FROM, bank.from().toString());
        json.writeStringProperty(UNTIL, bank.until().toString());
        json.writeStringProperty(GRANTED, bank.granted().toString());
        json.writeStringProperty(RESERVED, bank.reserved().toString());
        json.writeStringProperty(CONSUMED, bank.consumed().toString());
        json.writeStringProperty(EXPIRED, bank.expired().toString());
    }
}

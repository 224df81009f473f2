package cat.xarxa;

import cat.xarxa.spi.RecordLocation;
import java.util.Objects;

/**
 * A record of an import in {@link ImportMode#MERGE} that the store already held with other data:
 * the stored one was kept and the imported one was not written.
 *
 * @param recordType the kind of record, as the import formats name it, e.g. {@code member},
 *                   {@code event}, {@code fee-policy}
 * @param id         the record's id, or the key the store keeps it by (a fee policy's year, an
 *                   hour bank's period, a budget's {@code group/year}, a mentor profile's person)
 * @param where      where the record was found in the import
 */
public record ImportConflict(String recordType, String id, RecordLocation where) {

    public ImportConflict {
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(where, "where");
    }

    /** e.g. {@code member 0000…0001 at record 5 (line 6)}. */
    @Override
    public String toString() {
        return recordType + " " + id + " at " + where;
    }
}

package cat.xarxa.advisory;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Hour banks with their ledgers, advisories and their products as a store holds them (port),
 * within one unit of work. Ledger entries are only ever added.
 */
public interface AdvisoryRecords {

    /** The bank of a period, if opened. */
    Optional<HourBank> bank(String period);

    /**
     * Stores a bank: inserts it if its version is 0, otherwise updates its totals only if the
     * stored version is still the bank's. Every reservation goes through here, so two units of
     * work reserving on one bank cannot both win with the same balance.
     *
     * @return the version now stored
     * @throws cat.xarxa.common.ConcurrentUpdateException if another unit of work changed it first
     */
    long save(HourBank bank);

    /** Every bank, by period; close the stream. */
    Stream<HourBank> banks();

    /**
     * Adds an entry to a bank's ledger.
     *
     * @throws cat.xarxa.common.ConcurrentUpdateException if one with the same id is there
     */
    void add(LedgerEntry entry);

    /** The ledger of a period, by date (then by id). */
    List<LedgerEntry> ledger(String period);

    /** Every ledger entry in id order, read as consumed; close the stream. */
    Stream<LedgerEntry> entries();

    /** The advisory with this id, if stored. */
    Optional<Advisory> advisory(AdvisoryId id);

    /**
     * Stores an advisory (with its requests and sessions): inserts it if its version is 0,
     * otherwise replaces it only if the stored version is still the advisory's.
     *
     * @return the version now stored
     * @throws cat.xarxa.common.ConcurrentUpdateException if another unit of work changed it first
     */
    long save(Advisory advisory);

    /** The advisories charged to a period, in id order. */
    List<Advisory> advisoriesIn(String period);

    /** Every advisory in id order, read as consumed; close the stream. */
    Stream<Advisory> advisories();

    /** The product with this id, if stored. */
    Optional<AdvisoryProduct> product(ProductId id);

    /**
     * Stores a product: inserts if its version is 0, otherwise updates it optimistically.
     *
     * @return the version now stored
     * @throws cat.xarxa.common.ConcurrentUpdateException if another unit of work changed it first
     */
    long save(AdvisoryProduct product);

    /** Every product in id order, read as consumed; close the stream. */
    Stream<AdvisoryProduct> products();
}

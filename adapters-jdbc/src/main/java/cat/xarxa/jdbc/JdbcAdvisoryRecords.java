package cat.xarxa.jdbc;

import cat.xarxa.advisory.Advisory;
import cat.xarxa.advisory.AdvisoryId;
import cat.xarxa.advisory.AdvisoryProduct;
import cat.xarxa.advisory.AdvisoryRecords;
import cat.xarxa.advisory.HourBank;
import cat.xarxa.advisory.LedgerEntry;
import cat.xarxa.advisory.ProductId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Hour banks with their ledgers, advisories and their products within one unit of work: the port
 * {@link AdvisoryRecords} over {@link JdbcHourBanks}, {@link JdbcHourLedger},
 * {@link JdbcAdvisories} and {@link JdbcAdvisoryProducts}, which keep one table family each. All
 * four write at once, so nothing waits for the commit.
 */
final class JdbcAdvisoryRecords implements AdvisoryRecords {

    private final JdbcHourBanks banks;
    private final JdbcHourLedger ledger;
    private final JdbcAdvisories advisories;
    private final JdbcAdvisoryProducts products;

    JdbcAdvisoryRecords(JdbcHourBanks banks, JdbcHourLedger ledger, JdbcAdvisories advisories,
                        JdbcAdvisoryProducts products) {
        this.banks = banks;
        this.ledger = ledger;
        this.advisories = advisories;
        this.products = products;
    }

    @Override
    public Optional<HourBank> bank(String period) {
        return banks.find(period);
    }

    @Override
    public long save(HourBank bank) {
        return banks.save(bank);
    }

    @Override
    public Stream<HourBank> banks() {
        return banks.all();
    }

    @Override
    public void add(LedgerEntry entry) {
        ledger.add(entry);
    }

    @Override
    public List<LedgerEntry> ledger(String period) {
        return ledger.of(period);
    }

    @Override
    public Stream<LedgerEntry> entries() {
        return ledger.all();
    }

    @Override
    public Optional<Advisory> advisory(AdvisoryId id) {
        return advisories.find(id);
    }

    @Override
    public long save(Advisory advisory) {
        return advisories.save(advisory);
    }

    @Override
    public List<Advisory> advisoriesIn(String period) {
        return advisories.inPeriod(period);
    }

    @Override
    public Stream<Advisory> advisories() {
        return advisories.all();
    }

    @Override
    public Optional<AdvisoryProduct> product(ProductId id) {
        return products.find(id);
    }

    @Override
    public long save(AdvisoryProduct product) {
        return products.save(product);
    }

    @Override
    public Stream<AdvisoryProduct> products() {
        return products.all();
    }
}

package cat.xarxa.json;

import cat.xarxa.Xarxa;
import cat.xarxa.spi.Storage;
import cat.xarxa.spi.StorageConfig;
import cat.xarxa.spi.StorageProvider;
import cat.xarxa.spi.Transaction;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * The in-memory store, found by ServiceLoader as {@code xarxa.storage=memory} finds it, but
 * opened by the test so that it can count the journal and read the records the facade does not
 * show whole; the custom fee calculator the generated policies name is plugged in.
 */
final class InspectableMemoryStore implements AutoCloseable {

    private final Storage storage;
    private final Xarxa xarxa;

    private InspectableMemoryStore(Storage storage) {
        this.storage = storage;
        this.xarxa = Xarxa.builder().storage(storage).feeCalculator(new SolidarityIndex()).build();
    }

    static InspectableMemoryStore open() {
        StorageProvider memory = ServiceLoader.load(StorageProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(provider -> provider.name().equals("memory"))
                .findFirst().orElseThrow();
        return new InspectableMemoryStore(memory.open(new StorageConfig(Map.of(Xarxa.STORAGE, "memory"), Map.of())));
    }

    Xarxa xarxa() {
        return xarxa;
    }

    long journalSize() {
        return storage.transaction(tx -> tx.journal().size());
    }

    /** What a reading of the store gives, in a unit of work of its own. */
    <T> T read(Function<Transaction, T> reading) {
        return storage.transaction(reading);
    }

    @Override
    public void close() {
        xarxa.close();
    }
}

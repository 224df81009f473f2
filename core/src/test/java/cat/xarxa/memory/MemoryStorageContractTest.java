package cat.xarxa.memory;

import cat.xarxa.spi.Storage;
import cat.xarxa.spi.StorageConfig;
import cat.xarxa.spi.contract.StorageContract;
import java.util.Map;

/** The storage contract on the in-memory store. */
class MemoryStorageContractTest extends StorageContract {

    @Override
    protected Storage openEmptyStorage() {
        return new MemoryStorageProvider().open(new StorageConfig(Map.of(), Map.of()));
    }
}

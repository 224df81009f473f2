package cat.xarxa.memory;

import cat.xarxa.spi.Storage;
import cat.xarxa.spi.StorageConfig;
import cat.xarxa.spi.StorageProvider;

/**
 * Storage in the JVM's memory, for tests and demonstrations: everything is gone when the
 * {@code Xarxa} instance is closed. Used only when asked for by name
 * ({@code xarxa.storage=memory}), never as a fallback.
 */
public final class MemoryStorageProvider implements StorageProvider {

    /** The name that selects it. */
    public static final String NAME = "memory";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int priority() {
        return Integer.MIN_VALUE;
    }

    @Override
    public boolean explicitOnly() {
        return true;
    }

    @Override
    public Storage open(StorageConfig config) {
        return new MemoryStorage();
    }
}

package cat.xarxa.benchmarks;

import cat.xarxa.Xarxa;
import cat.xarxa.member.Member;
import cat.xarxa.spi.Storage;
import cat.xarxa.spi.StorageConfig;
import cat.xarxa.spi.StorageProvider;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Opens a store for the fee run benchmarks, holding the network's members and the year's policy,
 * and the facade over it. Providers are found by name, as a host finds them.
 */
final class FeeRunStores {

    private FeeRunStores() {
    }

    /** Opens a store of the named provider ({@code memory}, {@code jdbc}); the JDBC adapter creates its tables. */
    static Storage open(String provider, Map<String, String> settings) {
        return provider(provider).open(new StorageConfig(settings, Map.of()));
    }

    /**
     * The facade over an empty store, on the run's clock, with the members saved in one unit of
     * work (without journal entries: the run does not read them) and the policy approved. Closing
     * the facade closes the store.
     */
    static Xarxa withNetwork(Storage storage, FeeRunNetwork network) {
        try {
            storage.transaction(tx -> {
                for (Member member : network.members) {
                    tx.members().save(member);
                }
                return null;
            });
        } catch (RuntimeException e) {
            storage.close();
            throw e;
        }
        Xarxa xarxa = Xarxa.builder().storage(storage).clock(FeeRunNetwork.CLOCK).discoverListeners(false).build();
        xarxa.fees().approvePolicy(FeeRunNetwork.POLICY).orElseThrow();
        return xarxa;
    }

    private static StorageProvider provider(String name) {
        return ServiceLoader.load(StorageProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no storage provider '" + name + "' on the class path"));
    }
}

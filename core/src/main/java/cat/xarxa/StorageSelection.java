package cat.xarxa;

import cat.xarxa.common.ConfigurationException;
import cat.xarxa.common.Reason;
import cat.xarxa.spi.StorageProvider;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Picks the one storage provider to use, like SLF4J picks its binding: the one named by
 * {@code xarxa.storage}, otherwise the highest priority among those not marked explicit-only.
 * Every outcome is logged; a provider that fails to load is reported and skipped ({@link Plugins}).
 */
final class StorageSelection {

    static final String ARTIFACT = "cat.xarxa:xarxa-adapters-jdbc";
    private static final System.Logger LOG = System.getLogger("cat.xarxa.storage");

    private StorageSelection() {
    }

    static StorageProvider select(Optional<String> requestedName, ClassLoader classLoader) {
        List<String> failures = new ArrayList<>();
        List<StorageProvider> found = Plugins.load(StorageProvider.class, classLoader, failures).stream()
                .filter(p -> answers(p, failures)).toList();
        if (requestedName.isPresent()) {
            return byName(requestedName.get(), found, failures);
        }
        List<StorageProvider> candidates = found.stream().filter(p -> !p.explicitOnly())
                .sorted(Comparator.comparingInt(StorageProvider::priority).reversed()
                        .thenComparing(StorageProvider::name))
                .toList();
        if (candidates.isEmpty()) {
            throw new ConfigurationException(Reason.of("config.no-storage-provider", ARTIFACT,
                    failures.isEmpty() ? "-" : String.join("; ", failures)));
        }
        StorageProvider chosen = candidates.get(0);
        List<StorageProvider> tied = candidates.stream().filter(p -> p.priority() == chosen.priority()).toList();
        if (tied.size() > 1) {
            LOG.log(Level.WARNING, "Several Xarxa storage providers have priority {0}: {1}. Using ''{2}''; set xarxa.storage to choose.",
                    chosen.priority(), names(tied), chosen.name());
        }
        LOG.log(Level.INFO, "Xarxa storage: ''{0}'' (priority {1}; found: {2})", chosen.name(), chosen.priority(), names(found));
        return chosen;
    }

    private static StorageProvider byName(String name, List<StorageProvider> found, List<String> failures) {
        String wanted = name.trim().toLowerCase(java.util.Locale.ROOT);
        StorageProvider chosen = found.stream().filter(p -> p.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new ConfigurationException(Reason.of("config.unknown-storage", name,
                        found.isEmpty() ? "-" : names(found), ARTIFACT, failures.isEmpty() ? "-" : String.join("; ", failures))));
        LOG.log(Level.INFO, "Xarxa storage: ''{0}'' (named by xarxa.storage)", chosen.name());
        return chosen;
    }

    /** Whether a provider tells its name and priority; one that fails is reported and left out. */
    private static boolean answers(StorageProvider provider, List<String> failures) {
        try {
            provider.name().length();
            provider.priority();
            provider.explicitOnly();
            return true;
        } catch (RuntimeException | LinkageError e) {
            failures.add(provider.getClass().getName() + ": " + e);
            LOG.log(Level.WARNING, "The Xarxa storage provider " + provider.getClass().getName()
                    + " failed and is skipped: " + e, e);
            return false;
        }
    }

    private static String names(List<StorageProvider> providers) {
        return providers.stream().map(StorageProvider::name).sorted().collect(Collectors.joining(", "));
    }
}

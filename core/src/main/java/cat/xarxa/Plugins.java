package cat.xarxa;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Loads every plugin of a kind with {@link ServiceLoader}. One that fails to load (a missing class,
 * a constructor that throws) is logged and reported, and the others are still loaded.
 */
final class Plugins {

    private static final System.Logger LOG = System.getLogger("cat.xarxa.plugins");

    private Plugins() {
    }

    /**
     * The plugins of a type that load.
     *
     * @param failures where to add a line for each plugin that does not
     */
    static <T> List<T> load(Class<T> type, ClassLoader classLoader, List<String> failures) {
        List<T> found = new ArrayList<>();
        Iterator<T> providers = ServiceLoader.load(type, classLoader).iterator();
        while (true) {
            try {
                if (!providers.hasNext()) {
                    return found;
                }
                found.add(providers.next());
            } catch (ServiceConfigurationError | LinkageError e) {
                // ServiceLoader's iterator goes on to the next provider after an error.
                failures.add(e.getMessage());
                LOG.log(Level.WARNING, "A Xarxa plugin (" + type.getSimpleName() + ") failed to load and is skipped: "
                        + e.getMessage(), e);
            }
        }
    }
}

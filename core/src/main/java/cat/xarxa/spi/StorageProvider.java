package cat.xarxa.spi;

/**
 * A kind of storage Xarxa can keep its data in, found with {@link java.util.ServiceLoader}.
 *
 * <p>Exactly one provider is used: the one named by {@code xarxa.storage}, otherwise the one
 * with the highest {@link #priority()}. Register an implementation in
 * {@code META-INF/services/cat.xarxa.spi.StorageProvider}; it needs a public no-argument
 * constructor and should do no work until {@link #open(StorageConfig)}.
 */
public interface StorageProvider {

    /** The name {@code xarxa.storage} selects it by, e.g. {@code jdbc}; lower case, never null. */
    String name();

    /** Which provider wins when none is named: the highest. The JDBC adapter uses 100. */
    int priority();

    /**
     * Whether this provider is used only when named, never by priority. The in-memory store is
     * explicit only, so that data is never lost to a store nobody chose.
     */
    default boolean explicitOnly() {
        return false;
    }

    /**
     * Opens the storage. Called once per {@code Xarxa} instance.
     *
     * @throws cat.xarxa.common.XarxaException with a clear reason if the configuration is wrong
     *                                         or the store cannot be reached
     */
    Storage open(StorageConfig config);
}

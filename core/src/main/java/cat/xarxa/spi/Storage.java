package cat.xarxa.spi;

import java.util.function.Function;

/**
 * An open store. Every change happens inside {@link #transaction(Function)}: the state and the
 * journal entries of one command are written together or not at all.
 *
 * <p>Implementations must be thread-safe: a portal serves many requests at once, each in its
 * own transaction.
 */
public interface Storage extends AutoCloseable {

    /** The provider's name, e.g. {@code jdbc}; for logs and messages. */
    String name();

    /**
     * Runs work in one unit of work. If the work returns, everything it wrote is committed; if it
     * throws, nothing it wrote is kept and the exception is passed on.
     *
     * @param work what to do with the ports of this unit of work; must not keep them afterwards
     * @param <T>  what the work returns
     * @return what the work returned
     * @throws cat.xarxa.common.ConcurrentUpdateException if another unit of work changed the
     *                                                    same aggregate first
     * @throws cat.xarxa.common.StorageException          on a technical failure
     */
    <T> T transaction(Function<Transaction, T> work);

    /** Releases what the store holds (connections, files). */
    @Override
    void close();
}

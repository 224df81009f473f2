package cat.xarxa.partner;

import java.util.Optional;
import java.util.stream.Stream;

/** The partner organisations as a store holds them (port), within one unit of work. */
public interface Partners {

    /** The partner with this id, if stored. */
    Optional<Partner> find(PartnerId id);

    /** The partner with this name, compared exactly, if stored. */
    Optional<Partner> findByName(String name);

    /**
     * Stores a partner: inserts if its version is 0, otherwise updates only if the stored
     * version is still the partner's.
     *
     * @return the version now stored
     * @throws cat.xarxa.common.ConcurrentUpdateException if another unit of work changed it first,
     *                                                    or stored the same name
     */
    long save(Partner partner);

    /** Every partner in id order, read as consumed; close the stream. */
    Stream<Partner> all();
}

package cat.xarxa.care;

import cat.xarxa.member.MemberId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The needs members raised, as a store holds them (port), within one unit of work. */
public interface Needs {

    /** The need with this id, if stored. */
    Optional<Need> find(NeedId id);

    /**
     * Stores a need: inserts if its version is 0, otherwise updates only if the stored version
     * is still the need's.
     *
     * @return the version now stored
     * @throws cat.xarxa.common.ConcurrentUpdateException if another unit of work changed it first
     */
    long save(Need need);

    /** The needs of one member, in the order they were raised (then by id). */
    List<Need> ofMember(MemberId member);

    /** Every need in id order, read as consumed; close the stream. */
    Stream<Need> all();
}

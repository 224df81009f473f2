package cat.xarxa.member;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The people of the network as a store holds them (port), within one unit of work. */
public interface People {

    /** The person with this id, if stored. */
    Optional<Person> find(PersonId id);

    /**
     * Stores a person: inserts if its version is 0, otherwise updates only if the stored version
     * is still the person's.
     *
     * @return the version now stored
     * @throws cat.xarxa.common.ConcurrentUpdateException if another unit of work changed it first
     */
    long save(Person person);

    /** Every person in id order, read as consumed; close the stream. */
    Stream<Person> all();

    /** The people tagged with an area of expertise, in id order: the directory of expertise. */
    List<Person> withExpertise(String tag);
}

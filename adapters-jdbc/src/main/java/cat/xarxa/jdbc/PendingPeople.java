package cat.xarxa.jdbc;

import cat.xarxa.common.ConcurrentUpdateException;
import cat.xarxa.member.Person;
import cat.xarxa.member.PersonEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * New people saved in a unit of work and not yet written, by id, so that the unit of work can
 * find them before they reach the database. Refuses a second person with the same id at once,
 * as the database would at the flush.
 */
final class PendingPeople {

    private final Map<String, Person> byId = new LinkedHashMap<>();

    void add(Person person) {
        String id = person.id().toString();
        if (byId.containsKey(id)) {
            throw new ConcurrentUpdateException(PersonEvent.AGGREGATE_TYPE, id, (Throwable) null);
        }
        byId.put(id, person.withVersion(1));
    }

    Optional<Person> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    boolean isEmpty() {
        return byId.isEmpty();
    }

    /** Whether as many wait as a batch of new members, and should be written anyway. */
    boolean isFull() {
        return byId.size() >= PendingInserts.BATCH_SIZE;
    }

    /** The pending people in the order they were saved; afterwards none is pending. */
    List<Person> drain() {
        List<Person> people = new ArrayList<>(byId.values());
        byId.clear();
        return people;
    }
}

package cat.xarxa.jdbc;

import cat.xarxa.common.ConcurrentUpdateException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * New records of one kind saved in a unit of work and not yet written (members, people,
 * partners, needs, contacts, onboarding meetings, fee policies, assessments and payments), by id
 * and, where the table has one, by a second unique key (a member's kind and official code, a
 * partner's name, an assessment's member and year),
 * so that the unit of work can find them before they reach the database. Refuses a second
 * record with the same id or key at once, as the database would at the flush.
 *
 * @param <T> the record
 */
final class PendingRecords<T> {

    /** How many new records wait before they are written anyway. */
    static final int BATCH_SIZE = 1000;

    private final String aggregateType;
    private final Function<T, String> idOf;
    private final Function<T, String> uniqueKeyOf;
    private final Map<String, T> byId = new LinkedHashMap<>();
    private final Map<String, T> byUniqueKey = new HashMap<>();

    private PendingRecords(String aggregateType, Function<T, String> idOf, Function<T, String> uniqueKeyOf) {
        this.aggregateType = aggregateType;
        this.idOf = idOf;
        this.uniqueKeyOf = uniqueKeyOf;
    }

    /** Records told apart by their id alone. */
    static <T> PendingRecords<T> byId(String aggregateType, Function<T, String> idOf) {
        return new PendingRecords<>(aggregateType, idOf, null);
    }

    /** Records told apart by their id and by another key, unique too, e.g. a partner's name. */
    static <T> PendingRecords<T> byIdAndKey(String aggregateType, Function<T, String> idOf,
                                            Function<T, String> uniqueKeyOf) {
        return new PendingRecords<>(aggregateType, idOf, uniqueKeyOf);
    }

    /**
     * Holds a record back, as it is to be stored.
     *
     * @throws ConcurrentUpdateException if one with the same id or key is already waiting
     */
    void add(T record) {
        String id = idOf.apply(record);
        String key = uniqueKeyOf == null ? null : uniqueKeyOf.apply(record);
        if (byId.containsKey(id) || (key != null && byUniqueKey.containsKey(key))) {
            throw new ConcurrentUpdateException(aggregateType, id, (Throwable) null);
        }
        byId.put(id, record);
        if (key != null) {
            byUniqueKey.put(key, record);
        }
    }

    /**
     * Holds a new record back and, when a batch is full, has the store write what waits.
     *
     * @param stored the record as it is to be stored
     * @param flush  the store's flush
     * @return the version the record will be stored at: 1
     * @throws ConcurrentUpdateException if one with the same id or key is already waiting
     */
    long holdBack(T stored, Runnable flush) {
        add(stored);
        if (isFull()) {
            flush.run();
        }
        return 1;
    }

    Optional<T> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    Optional<T> findByKey(String key) {
        return Optional.ofNullable(byUniqueKey.get(key));
    }

    /** The waiting records that match, in the order they were saved. */
    List<T> where(Predicate<T> wanted) {
        return byId.values().stream().filter(wanted).toList();
    }

    /**
     * Adds the waiting records that match to those read from the database, in the order the
     * query sorts them; the stored ones as they are when none waits.
     *
     * @param stored a list that may grow, e.g. the rows of a query
     */
    List<T> addWaiting(List<T> stored, Predicate<T> wanted, Comparator<? super T> order) {
        List<T> waiting = where(wanted);
        if (waiting.isEmpty()) {
            return stored;
        }
        stored.addAll(waiting);
        stored.sort(order);
        return stored;
    }

    boolean isEmpty() {
        return byId.isEmpty();
    }

    /** Whether a batch is full, and should be written anyway. */
    boolean isFull() {
        return byId.size() >= BATCH_SIZE;
    }

    /** The waiting records in the order they were saved; afterwards none is waiting. */
    List<T> drain() {
        List<T> records = new ArrayList<>(byId.values());
        byId.clear();
        byUniqueKey.clear();
        return records;
    }
}

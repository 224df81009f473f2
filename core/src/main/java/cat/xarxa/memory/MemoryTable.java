package cat.xarxa.memory;

import cat.xarxa.common.ConcurrentUpdateException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The committed records of one kind of aggregate, by id, with optimistic versions; guarded by
 * the storage's monitor. Each unit of work writes to an {@link Overlay} checked again at commit.
 *
 * @param <T> the aggregate
 */
final class MemoryTable<T> {

    private final String aggregateType;
    private final Function<T, String> idOf;
    private final Function<T, Long> versionOf;
    private final VersionSetter<T> withVersion;
    private final TreeMap<String, T> committed = new TreeMap<>();

    /** Sets the version a record is stored at. */
    @FunctionalInterface
    interface VersionSetter<T> {
        T withVersion(T record, long version);
    }

    MemoryTable(String aggregateType, Function<T, String> idOf, Function<T, Long> versionOf, VersionSetter<T> withVersion) {
        this.aggregateType = aggregateType;
        this.idOf = idOf;
        this.versionOf = versionOf;
        this.withVersion = withVersion;
    }

    /** A new overlay for one unit of work. */
    Overlay overlay(Object lock) {
        return new Overlay(lock);
    }

    void clear() {
        committed.clear();
    }

    /** One unit of work's view: its own writes over the committed records. */
    final class Overlay {
        private final Object lock;
        private final Map<String, T> written = new LinkedHashMap<>();
        private final Map<String, Long> baseVersions = new LinkedHashMap<>();

        private Overlay(Object lock) {
            this.lock = lock;
        }

        Optional<T> find(String id) {
            T own = written.get(id);
            if (own != null) {
                return Optional.of(own);
            }
            synchronized (lock) {
                return Optional.ofNullable(committed.get(id));
            }
        }

        /** Saves with the optimistic check; an append-only record has version 0 and is added once. */
        long save(T record) {
            String id = idOf.apply(record);
            long expected = versionOf.apply(record);
            Optional<T> stored = find(id);
            long current = stored.map(versionOf).orElse(0L);
            boolean exists = stored.isPresent();
            if (current != expected || (expected == 0 && exists)) {
                throw new ConcurrentUpdateException(aggregateType, id, expected);
            }
            baseVersions.putIfAbsent(id, expected);
            written.put(id, withVersion.withVersion(record, expected + 1));
            return expected + 1;
        }

        /**
         * Replaces a stored record without a version check: only for records that carry no version
         * and change only by erasure (a contact's note). Absent records are left alone.
         */
        void amend(String id, java.util.function.UnaryOperator<T> change) {
            find(id).ifPresent(record -> written.put(id, change.apply(record)));
        }

        /** Every record, committed or written here, in id order. */
        Stream<T> all() {
            TreeMap<String, T> merged;
            synchronized (lock) {
                merged = new TreeMap<>(committed);
            }
            merged.putAll(written);
            return new ArrayList<>(merged.values()).stream();
        }

        /** Checks the versions against the committed records; call holding the lock. */
        void check() {
            for (Map.Entry<String, Long> base : baseVersions.entrySet()) {
                T current = committed.get(base.getKey());
                long version = current == null ? 0 : versionOf.apply(current);
                if (version != base.getValue() || (base.getValue() == 0 && current != null)) {
                    throw new ConcurrentUpdateException(aggregateType, base.getKey(), base.getValue());
                }
            }
        }

        /** Applies the writes; call holding the lock, after {@link #check()}. */
        void apply() {
            committed.putAll(written);
        }

        List<T> writtenRecords() {
            return List.copyOf(written.values());
        }
    }
}

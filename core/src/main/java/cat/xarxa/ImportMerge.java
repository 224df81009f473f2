package cat.xarxa;

import cat.xarxa.spi.ImportException;
import cat.xarxa.spi.RecordLocation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What an import makes of the records the store already holds: the keys met in this import (a
 * key met twice is a duplicate record, refused as ever), how many records were there identical,
 * and the conflicts. Part of {@link NetworkImport}.
 */
final class ImportMerge {

    /** What the store held under a record's key before the import. */
    enum Found {
        /** Nothing: the record is checked and stored. */
        ABSENT,
        /** The same record: left as it is. */
        UNCHANGED,
        /** Another record: left as it is, and the imported one listed as a conflict. */
        CONFLICT
    }

    private final Set<String> met = new HashSet<>();
    private final List<ImportConflict> conflicts = new ArrayList<>();
    private long unchanged;

    /**
     * Settles a record against what the store holds under its key.
     *
     * @param stored    what the store holds under the key, before or during this import
     * @param same      whether the stored record is the imported one, versions aside
     * @param duplicate the refusal of a key this import met before
     * @throws ImportException the duplicate refusal, if this import met the key before
     */
    <T> Found settle(RecordLocation where, String type, Object key, Optional<T> stored, Predicate<T> same,
                     Supplier<ImportException> duplicate) {
        if (!meet(type, key)) {
            throw duplicate.get();
        }
        if (stored.isEmpty()) {
            return Found.ABSENT;
        }
        if (same.test(stored.get())) {
            unchanged++;
            return Found.UNCHANGED;
        }
        conflict(where, type, key);
        return Found.CONFLICT;
    }

    /** Remembers a key; false if this import met it before. */
    boolean meet(String type, Object key) {
        return met.add(type + ' ' + key);
    }

    /** Whether this import met a key (it stored the record, left it or listed it as a conflict). */
    boolean met(String type, Object key) {
        return met.contains(type + ' ' + key);
    }

    /** Lists a record the store held with other data. */
    void conflict(RecordLocation where, String type, Object key) {
        conflicts.add(new ImportConflict(type, key.toString(), where));
    }

    long unchanged() {
        return unchanged;
    }

    List<ImportConflict> conflicts() {
        return conflicts;
    }
}

package cat.xarxa.common;

import java.util.UUID;

/**
 * Where new ids come from. The model never makes ids itself; the facade is given a source, so
 * tests can make ids predictable.
 */
@FunctionalInterface
public interface IdSource {

    /** A new id, never returned before; never null. */
    UUID nextId();

    /** Random (type 4) UUIDs, the default. */
    static IdSource random() {
        return UUID::randomUUID;
    }
}

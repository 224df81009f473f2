package cat.xarxa.common;

import java.util.UUID;

/**
 * Where new ids come from. The model never makes ids itself; the facade is given a source
 * (random UUIDs unless the host sets one), so tests can make ids predictable.
 */
@FunctionalInterface
public interface IdSource {

    /** A new id, never returned before; never null. */
    UUID nextId();
}

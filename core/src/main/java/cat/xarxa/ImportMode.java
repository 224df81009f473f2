package cat.xarxa;

/**
 * How an import treats what the store already holds.
 *
 * @see Xarxa#importFrom(String, java.io.InputStream, ImportMode)
 */
public enum ImportMode {

    /**
     * Into an empty store only: an import into a store that holds any record is refused before
     * anything is read ({@code import.store-not-empty}), and nothing is written.
     */
    EMPTY_STORE,

    /**
     * Into whatever the store holds: a record the store does not have is checked and stored; one
     * it has, identical, is left as it is and counted as unchanged; one it has with other data is
     * a conflict, left as it is and listed in {@link ImportReport#conflicts()}. Re-importing the
     * same snapshot changes nothing.
     */
    MERGE
}

package cat.xarxa.json;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One step of the snapshot's schema, from {@link #from()} to the next version: what a reader does
 * to a file written at {@code from()} so that it reads as one written at {@code from() + 1}. An
 * import applies the steps in order, from the file's version up to {@link Envelope#CURRENT_VERSION},
 * so that each step only knows the two versions it joins; a new version of the schema adds one
 * step to {@link #CHAIN} and changes no older one.
 *
 * <p>The envelope (the {@code json} document's {@code format} and version fields, the
 * {@code jsonl} header) is upgraded as a small object; a record is upgraded whole, as a tree,
 * before it is read. A step that leaves the records as they are says so with
 * {@link #changesRecords()}, and the import then keeps streaming them token by token.
 */
interface SchemaUpgrade {

    /**
     * Version 1 to 2: the envelope's {@code "version":1} becomes {@code "schemaVersion":2}, so
     * that the name says which version it is (the file's schema, not the program's). Records are
     * the same in both.
     */
    SchemaUpgrade VERSION_1_TO_2 = new SchemaUpgrade() {
        @Override
        public int from() {
            return 1;
        }

        @Override
        public ObjectNode envelope(ObjectNode envelope) {
            ObjectNode upgraded = envelope.deepCopy();
            upgraded.remove(Envelope.LEGACY_VERSION);
            upgraded.put(Envelope.SCHEMA_VERSION, 2);
            return upgraded;
        }
    };

    /** Every step, in order: step {@code i} upgrades from version {@code i + 1}. */
    List<SchemaUpgrade> CHAIN = List.of(VERSION_1_TO_2);

    /** The version this step reads; it writes the next one. */
    int from();

    /**
     * The envelope as it is in the next version.
     *
     * @param envelope the envelope's fields as written at {@link #from()}, without the records;
     *                 not changed
     */
    ObjectNode envelope(ObjectNode envelope);

    /** Whether {@link #record} changes anything; if not, an import reads records as they stream. */
    default boolean changesRecords() {
        return false;
    }

    /**
     * A record as it is in the next version.
     *
     * @param type   its kind
     * @param record the record as written at {@link #from()}; not changed
     */
    default JsonNode record(RecordType<?> type, JsonNode record) {
        return record;
    }

    /** The steps from a version up to the current one, in the order they apply. */
    static List<SchemaUpgrade> from(int version) {
        return CHAIN.subList(Math.max(0, version - 1), CHAIN.size());
    }
}

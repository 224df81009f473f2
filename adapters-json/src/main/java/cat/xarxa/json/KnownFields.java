package cat.xarxa.json;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Refuses the properties a reader of records held whole does not know. The record is copied into
 * objects that note which properties the reader asks for; once it has read the record, any
 * property it never asked for is one it does not know, and is refused with its path
 * ({@code history[0].sinse}), so that a misspelt field is not silently dropped. An object whose
 * properties the reader walks as a whole (a map, such as a by-kind fee rule's {@code rules}) knows
 * all of them; the values inside are still checked.
 */
final class KnownFields {

    private KnownFields() {
    }

    /**
     * Reads a record with a reader of trees, refusing what it leaves unread.
     *
     * @throws RecordProblem the reader's, or {@link RecordProblem#unknownProperty} for the first
     *                       property it did not read
     */
    static <T> T read(JsonNode record, Function<JsonNode, T> reader) {
        JsonNode noted = noting(record);
        T value = reader.apply(noted);
        refuseUnread(noted, "");
        return value;
    }

    /** A copy of a tree whose objects note the properties asked for. */
    static JsonNode noting(JsonNode node) {
        if (node instanceof ObjectNode object) {
            NotingObject copy = new NotingObject();
            for (Map.Entry<String, JsonNode> property : object.properties()) {
                copy.putNoted(property.getKey(), noting(property.getValue()));
            }
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode(array.size());
            for (JsonNode element : array) {
                copy.add(noting(element));
            }
            return copy;
        }
        return node;
    }

    /**
     * Refuses the first property of a noted tree that was not asked for.
     *
     * @param path the tree's place in messages; empty for a record
     */
    static void refuseUnread(JsonNode node, String path) {
        if (node instanceof NotingObject object) {
            for (Map.Entry<String, JsonNode> property : object.entries()) {
                String at = TreeFields.at(path, property.getKey());
                if (!object.wasRead(property.getKey())) {
                    throw RecordProblem.unknownProperty(at);
                }
                if (!object.isSkipped(property.getKey())) {
                    refuseUnread(property.getValue(), at);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                refuseUnread(array.get(i), path + "[" + i + "]");
            }
        }
    }

    /**
     * Marks properties as known though the reader does not read them, e.g. a plan to adopt's
     * progress, which a file may hold and an adoption ignores; what they hold is not checked.
     */
    static void known(JsonNode object, String... properties) {
        if (object instanceof NotingObject noting) {
            for (String property : properties) {
                noting.skip(property);
            }
        }
    }

    /** An object that notes which of its properties were asked for. */
    private static final class NotingObject extends ObjectNode {

        private static final long serialVersionUID = 1L;

        private final transient Set<String> read = new HashSet<>();
        private final transient Set<String> skipped = new HashSet<>();
        private transient boolean readWhole;

        NotingObject() {
            super(JsonNodeFactory.instance);
        }

        void putNoted(String name, JsonNode value) {
            super.set(name, value);
        }

        Set<Map.Entry<String, JsonNode>> entries() {
            return _children.entrySet();
        }

        void skip(String name) {
            read.add(name);
            skipped.add(name);
        }

        boolean isSkipped(String name) {
            return skipped.contains(name);
        }

        boolean wasRead(String name) {
            return readWhole || read.contains(name);
        }

        @Override
        public JsonNode get(String name) {
            read.add(name);
            return super.get(name);
        }

        @Override
        public Optional<JsonNode> optional(String name) {
            read.add(name);
            return super.optional(name);
        }

        @Override
        public JsonNode path(String name) {
            read.add(name);
            return super.path(name);
        }

        @Override
        public JsonNode required(String name) {
            read.add(name);
            return super.required(name);
        }

        @Override
        public Set<Map.Entry<String, JsonNode>> properties() {
            readWhole = true;
            return super.properties();
        }

        @Override
        public Collection<String> propertyNames() {
            readWhole = true;
            return super.propertyNames();
        }

        @Override
        public Collection<JsonNode> values() {
            readWhole = true;
            return super.values();
        }

        @Override
        public boolean equals(Object other) {
            return super.equals(other);
        }

        @Override
        public int hashCode() {
            return super.hashCode();
        }
    }
}

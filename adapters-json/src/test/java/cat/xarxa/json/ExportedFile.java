package cat.xarxa.json;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A file as an export wrote it, one record a line in both formats, so that a test can find a
 * record by what it holds, know its number, and spoil it: record {@code n} is on line
 * {@code n + 1}. In {@code json} a record's kind is the array it is in; in {@code jsonl}, its
 * {@code type}.
 */
final class ExportedFile {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Pattern ARRAY_OPENED = Pattern.compile("\"(\\w+)\":\\[");

    private final List<String> lines;
    /** The line type of the record on each line; null for a line without one. */
    private final List<String> types;

    private ExportedFile(List<String> lines, List<String> types) {
        this.lines = lines;
        this.types = types;
    }

    /** The records of an export in a format. */
    static ExportedFile of(String format, String text) {
        List<String> lines = text.lines().toList();
        List<String> types = new ArrayList<>();
        String array = null;
        for (String line : lines) {
            if (format.equals("jsonl")) {
                JsonNode type = MAPPER.readTree(line).get("type");
                types.add(type == null || type.stringValue().equals("header") ? null : type.stringValue());
                continue;
            }
            String rest = line;
            if (line.startsWith("{") && array != null) {
                types.add(RecordType.ofArray(array).orElseThrow().lineType());
                rest = line.substring(objectEnd(line));
            } else {
                types.add(null);
            }
            Matcher opened = ARRAY_OPENED.matcher(rest);
            while (opened.find()) {
                array = opened.group(1);
            }
        }
        return new ExportedFile(lines, types);
    }

    /** The number of the first record of a kind (its line type) that holds what is asked for. */
    int recordOf(String type, Predicate<JsonNode> which) {
        for (int line = 0; line < lines.size(); line++) {
            if (type.equals(types.get(line)) && which.test(objectAt(line))) {
                return line;
            }
        }
        throw new IllegalArgumentException("no " + type + " record like that");
    }

    /** The number of the {@code n}th record of a kind, counting from 1. */
    int recordOf(String type, int n) {
        int seen = 0;
        for (int line = 0; line < lines.size(); line++) {
            if (type.equals(types.get(line)) && ++seen == n) {
                return line;
            }
        }
        throw new IllegalArgumentException("fewer than " + n + " " + type + " records");
    }

    /** The object of record {@code n}. */
    ObjectNode record(int n) {
        return objectAt(n);
    }

    /** The file with record {@code n}'s fields changed, everything else as it was. */
    String with(int n, Consumer<ObjectNode> change) {
        String line = lines.get(n);
        ObjectNode record = objectAt(n);
        change.accept(record);
        List<String> changed = new ArrayList<>(lines);
        changed.set(n, MAPPER.writeValueAsString(record) + line.substring(objectEnd(line)));
        return String.join("\n", changed) + "\n";
    }

    private ObjectNode objectAt(int line) {
        return (ObjectNode) MAPPER.readTree(lines.get(line).substring(0, objectEnd(lines.get(line))));
    }

    /** Where the object a line starts with ends. */
    private static int objectEnd(String line) {
        try (JsonParser parser = MAPPER.createParser(line)) {
            parser.nextToken();
            parser.skipChildren();
            return (int) parser.currentLocation().getCharOffset();
        }
    }
}

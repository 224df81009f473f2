package cat.xarxa.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The published JSON Schemas of the snapshot, {@code docs/schema/xarxa-snapshot.schema.json} for a
 * {@code json} document and {@code docs/schema/xarxa-snapshot-line.schema.json} for one
 * {@code jsonl} line, read from the repository as a user would, their {@code $id}s mapped to the
 * files.
 */
final class SnapshotSchema {

    private static final String BASE = "https://xarxa.cat/schema/";
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(BASE, folder().toUri().toString())));

    static final JsonSchema DOCUMENT = FACTORY.getSchema(SchemaLocation.of(BASE + "xarxa-snapshot.schema.json"));
    static final JsonSchema LINE = FACTORY.getSchema(SchemaLocation.of(BASE + "xarxa-snapshot-line.schema.json"));

    private SnapshotSchema() {
    }

    /** {@code docs/schema}, from the module's folder or the repository's. */
    static Path folder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path schemas = dir.resolve("docs/schema");
            if (Files.isDirectory(schemas)) {
                return schemas;
            }
        }
        throw new IllegalStateException("docs/schema not found above " + Path.of("").toAbsolutePath());
    }

    /** What the schema finds wrong with an export, nothing if it is valid. */
    static Set<ValidationMessage> problems(String format, String exported) {
        if (format.equals("json")) {
            return DOCUMENT.validate(exported, InputFormat.JSON);
        }
        return exported.lines().flatMap(line -> LINE.validate(line, InputFormat.JSON).stream())
                .collect(java.util.stream.Collectors.toSet());
    }

    /** Fails if the export is not valid against the published schema of its format. */
    static void assertValid(String format, String exported) {
        assertEquals(List.of(), List.copyOf(problems(format, exported)), "the " + format + " export against its schema");
    }
}

package cat.xarxa.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The embedding example in the README is the one the examples module compiles. */
class ReadmeExampleTest {

    @Test
    void theReadmeShowsTheCompiledExample() throws Exception {
        String source = Files.readString(Path.of("src/main/java/cat/xarxa/examples/RequestToJoin.java"));
        String example = source.substring(source.indexOf("import "));
        String readme = Files.readString(Path.of("../README.md"));

        assertTrue(readme.contains(example),
                "README.md must show examples/src/main/java/cat/xarxa/examples/RequestToJoin.java from its imports on");
    }
}

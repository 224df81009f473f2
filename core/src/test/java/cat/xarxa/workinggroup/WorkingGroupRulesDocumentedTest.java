package cat.xarxa.workinggroup;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** docs/working-groups.md lists every reason code of the working-group area, so the reference cannot fall behind. */
class WorkingGroupRulesDocumentedTest {

    private static final Path PAGE = Path.of("../docs/working-groups.md");

    @Test
    void everyWorkingGroupReasonCodeIsInTheWorkingGroupsPage() throws Exception {
        assertTrue(Files.exists(PAGE), "there is no docs/working-groups.md");
        String page = Files.readString(PAGE);
        Properties reasons = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("cat/xarxa/common/Reasons.properties")) {
            reasons.load(in);
        }

        List<String> codes = reasons.stringPropertyNames().stream().filter(c -> c.startsWith("group.")).sorted().toList();
        assertTrue(codes.size() >= 17, "the working-group codes are in Reasons.properties: " + codes);
        List<String> missing = codes.stream().filter(code -> !page.contains("`" + code + "`")).toList();
        assertTrue(missing.isEmpty(), "docs/working-groups.md does not list " + missing);
    }
}

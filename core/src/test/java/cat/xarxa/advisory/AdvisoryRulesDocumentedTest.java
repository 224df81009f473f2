package cat.xarxa.advisory;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** docs/advisories.md lists every reason code of the advisory area, so the reference cannot fall behind. */
class AdvisoryRulesDocumentedTest {

    @Test
    void everyAdvisoryReasonCodeIsInTheAdvisoriesPage() throws Exception {
        String page = Files.readString(Path.of("../docs/advisories.md"));
        Properties reasons = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("cat/xarxa/common/Reasons.properties")) {
            reasons.load(in);
        }

        List<String> codes = reasons.stringPropertyNames().stream().filter(c -> c.startsWith("advisory.")).sorted().toList();
        assertTrue(codes.size() >= 28, "the advisory codes are in Reasons.properties: " + codes);
        List<String> missing = codes.stream().filter(code -> !page.contains("`" + code + "`")).toList();
        assertTrue(missing.isEmpty(), "docs/advisories.md does not list " + missing);
    }

    @Test
    void theRightsAdvisoriesAreRefusedForAreInTheAdvisoriesPage() throws Exception {
        String page = Files.readString(Path.of("../docs/advisories.md"));

        for (String code : List.of("rights.pending-no-services", "rights.not-a-member", "rights.arrears-suspend-services")) {
            assertTrue(page.contains("`" + code + "`"), "docs/advisories.md does not list " + code);
        }
    }
}

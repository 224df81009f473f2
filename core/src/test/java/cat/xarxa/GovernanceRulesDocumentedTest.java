package cat.xarxa;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The governance, work-plan and good-practice pages list every reason code of their areas. */
class GovernanceRulesDocumentedTest {

    @ParameterizedTest
    @CsvSource({
        "governance.md, governance., 7",
        "governance.md, event., 9",
        "governance.md, calendar., 3",
        "governance.md, decision., 9",
        "work-plan.md, plan., 13",
        "good-practices.md, practice., 15",
    })
    void everyReasonCodeOfTheAreaIsInItsPage(String page, String prefix, int atLeast) throws Exception {
        Path path = Path.of("../docs", page);
        assertTrue(Files.exists(path), "there is no docs/" + page);
        String text = Files.readString(path);
        Properties reasons = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("cat/xarxa/common/Reasons.properties")) {
            reasons.load(in);
        }

        List<String> codes = reasons.stringPropertyNames().stream().filter(c -> c.startsWith(prefix)).sorted().toList();
        assertTrue(codes.size() >= atLeast, "the " + prefix + " codes are in Reasons.properties: " + codes);
        List<String> missing = codes.stream().filter(code -> !text.contains("`" + code + "`")).toList();
        assertTrue(missing.isEmpty(), "docs/" + page + " does not list " + missing);
    }
}

package cat.xarxa.mentorship;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** docs/mentorship.md lists every reason code of the mentorship area, so the reference cannot fall behind. */
class MentorshipRulesDocumentedTest {

    private static final Path PAGE = Path.of("../docs/mentorship.md");

    @Test
    void everyMentorshipReasonCodeIsInTheMentorshipPage() throws Exception {
        assertTrue(Files.exists(PAGE), "docs/mentorship.md is missing");
        String page = Files.readString(PAGE);
        Properties reasons = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("cat/xarxa/common/Reasons.properties")) {
            reasons.load(in);
        }

        List<String> codes = reasons.stringPropertyNames().stream().filter(c -> c.startsWith("mentorship.")).sorted().toList();
        assertTrue(codes.size() >= 20, "the mentorship codes are in Reasons.properties: " + codes);
        List<String> missing = codes.stream().filter(code -> !page.contains("`" + code + "`")).toList();
        assertTrue(missing.isEmpty(), "docs/mentorship.md does not list " + missing);
    }

    @Test
    void theRightsMentorshipsAreRefusedForAreInTheMentorshipPage() throws Exception {
        String page = Files.readString(PAGE);

        for (String code : List.of("rights.pending-no-services", "rights.not-a-member", "rights.arrears-suspend-services")) {
            assertTrue(page.contains("`" + code + "`"), "docs/mentorship.md does not list " + code);
        }
    }
}

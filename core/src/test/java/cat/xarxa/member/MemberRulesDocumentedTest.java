package cat.xarxa.member;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * docs/members.md and docs/care.md list every rule and reason code of their areas, so the
 * reference cannot fall behind.
 */
class MemberRulesDocumentedTest {

    @Test
    void everyRuleAndReasonCodeIsInTheMembersPage() throws Exception {
        String page = Files.readString(Path.of("../docs/members.md"));
        Properties reasons = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("cat/xarxa/common/Reasons.properties")) {
            reasons.load(in);
        }

        for (String code : reasons.stringPropertyNames()) {
            if (code.startsWith("member.") || code.startsWith("mandate.") || code.startsWith("person.")) {
                assertTrue(page.contains("`" + code + "`"), "docs/members.md does not list " + code);
            }
        }
        for (String rule : new String[] {"LEGAL_TRANSITION", "NOT_BEFORE_LAST_CHANGE", "OFFICIAL_CODE_NOT_YET_REGISTERED",
                "NOT_REQUESTED_IN_THE_FUTURE", "NOT_ALREADY_HELD", "ONE_HOLDER_AT_A_TIME", "A_HOLDER_TO_SUCCEED",
                "AN_OPEN_MANDATE_TO_END"}) {
            assertTrue(page.contains("MemberRules." + rule), "docs/members.md does not list " + rule);
        }
        String care = Files.readString(Path.of("../docs/care.md"));
        for (String code : reasons.stringPropertyNames()) {
            if (code.startsWith("need.") || code.startsWith("partner.")) {
                assertTrue(care.contains("`" + code + "`"), "docs/care.md does not list " + code);
            }
        }
        assertTrue(MemberRules.all().size() == 8, "a new rule must be added to docs/members.md and here: " + MemberRules.all());
    }
}

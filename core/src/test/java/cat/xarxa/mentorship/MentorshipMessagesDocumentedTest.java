package cat.xarxa.mentorship;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** docs/mentorship.md shows each mentorship code with its messages exactly as the library says them. */
class MentorshipMessagesDocumentedTest {

    private static Properties bundle(String suffix) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = MentorshipMessagesDocumentedTest.class.getClassLoader()
                .getResourceAsStream("cat/xarxa/common/Reasons" + suffix + ".properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return messages;
    }

    @Test
    void everyMentorshipCodeIsShownWithItsCatalanSpanishAndEnglishMessages() throws IOException {
        String page = Files.readString(Path.of("../docs/mentorship.md"));
        Properties catalan = bundle("_ca");
        Properties spanish = bundle("_es");
        Properties english = bundle("_en");

        for (String code : english.stringPropertyNames()) {
            if (code.startsWith("mentorship.")) {
                String row = "| `" + code + "` | " + shown(catalan, code) + " | " + shown(spanish, code) + " | "
                        + shown(english, code) + " |";
                assertTrue(page.contains(row), "docs/mentorship.md does not show " + row);
            }
        }
    }

    /** The pattern as a reader sees it: a doubled quote is one quote. */
    private static String shown(Properties messages, String code) {
        return messages.getProperty(code).replace("''", "'");
    }
}

package cat.xarxa.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PracticesBankTest {

    @Test
    void aCallRunsFromSubmissionToTheSharedAnswer() {
        ByteArrayOutputStream story = new ByteArrayOutputStream();

        PracticesBank.run(new PrintStream(story, true, StandardCharsets.UTF_8));

        String text = story.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("Submissions to the call: 2"), text);
        assertTrue(text.contains("Manlleu on 4 May: El termini de Bones pràctiques davant la Covid-19 es va acabar el 2020-04-30."), text);
        assertTrue(text.contains("For early dissemination: Clàusules socials d'emergència"), text);
        assertTrue(text.contains("What the network knows about responsible-public-procurement: 3"), text);
        int campaign = text.indexOf("2020-11-02 GROUP_PRODUCT: Campanya de compra pública responsable");
        int training = text.indexOf("2020-10-05 TRAINING: Compra pública responsable per a equips tècnics");
        int practice = text.indexOf("2020-06-15 GOOD_PRACTICE: Clàusules socials d'emergència");
        assertTrue(campaign > 0 && training > campaign && practice > training, "newest first: " + text);
    }
}

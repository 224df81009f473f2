package cat.xarxa.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StandingGroupsTest {

    @Test
    void theSevenStandingGroupsRunAndTheBudgetIsRightToTheCent() {
        ByteArrayOutputStream story = new ByteArrayOutputStream();

        StandingGroups.run(new PrintStream(story, true, StandardCharsets.UTF_8));

        String text = story.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("7 standing groups active: 7 themes"), text);
        assertTrue(text.contains("Manlleu, still pending, takes part in 1 group"), text);
        assertTrue(text.contains("Published in 2026: Guia de cooperativisme d'habitatge per a administracions locals"), text);
        assertTrue(text.contains("Printing 900.00 €: 900.00 supera el que queda del pressupost de 2026 (619.50)"), text);
        assertTrue(text.contains("Budget Habitatge cooperatiu: allocated 3300.00 €, spent 3280.50 €, remaining 19.50 €"), text);
    }
}

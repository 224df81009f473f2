package cat.xarxa.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RepresentativeHandoverTest {

    @Test
    void theStoryTellsWhoRepresentedTheCouncilBeforeAndAfterTheElections() {
        ByteArrayOutputStream story = new ByteArrayOutputStream();

        RepresentativeHandover.run(new PrintStream(story, true, StandardCharsets.UTF_8));

        String text = story.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("On 2021-10-01 Manlleu was represented by: Regidora d'Economia Social (2019-2023)"), text);
        assertTrue(text.contains("On 2024-03-01 Manlleu was represented by: Regidor d'Economia Social (2023-)"), text);
        assertTrue(text.contains("Knows about responsible public procurement: Tècnica d'ESS"), text);
        assertTrue(text.contains("MandateEnded"), text);
    }
}

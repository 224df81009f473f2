package cat.xarxa.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JointAdvisoryTest {

    @Test
    void threeCouncilsShareOneAdvisoryChargedOnceAndAnApplicantIsRefused() {
        ByteArrayOutputStream story = new ByteArrayOutputStream();

        JointAdvisory.run(new PrintStream(story, true, StandardCharsets.UTF_8));

        String text = story.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("After three requests: 28:00 available"), text);
        assertTrue(text.contains("Suggested: 1 joint advisory on care-policies for 3 councils"), text);
        assertTrue(text.contains("Merged: 3 councils, 4:00 reserved; 36:00 available"), text);
        assertTrue(text.contains("2026-03-20 RELEASE 4:00 (MERGE)"), text);
        assertTrue(text.contains("2026-04-21 RELEASE 0:15 (COMPLETED)"), text);
        assertTrue(text.contains("Consumed 3:45, available 36:15, saved by merging 8:00, joint advisories 1"), text);
        assertTrue(text.contains("An applicant asks: Barcelona està sol·licitant: els serveis d'assessorament"), text);
    }
}

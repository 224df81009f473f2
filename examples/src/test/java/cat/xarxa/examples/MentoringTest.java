package cat.xarxa.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MentoringTest {

    @Test
    void aMentorshipGoesFromProposalToSharedKnowledgeAndStaysPersonal() {
        ByteArrayOutputStream story = new ByteArrayOutputStream();

        Mentoring.run(new PrintStream(story, true, StandardCharsets.UTF_8));

        String text = story.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("Accepted on 2026-02-09, ends on 2027-02-09"), text);
        assertTrue(text.contains("Completing after one meeting: La mentoria té 1 trobades; en calen almenys 2"), text);
        assertTrue(text.contains("Replacing the technician: La mentoria és personal"), text);
        assertTrue(text.contains("Completed with 2 meetings: COMPLETED"), text);
        assertTrue(text.contains("Shared knowledge on responsible-public-procurement: Com hem posat clàusules socials"), text);
    }
}

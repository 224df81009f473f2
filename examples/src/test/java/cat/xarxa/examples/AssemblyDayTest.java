package cat.xarxa.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AssemblyDayTest {

    @Test
    void theCalendarMissesTheAutumnAssemblyAndThePendingCouncilIsAdmittedByVote() {
        ByteArrayOutputStream story = new ByteArrayOutputStream();

        AssemblyDay.run(new PrintStream(story, true, StandardCharsets.UTF_8));

        String text = story.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("Calendar 2026 fulfils the 2022 template: false"), text);
        assertTrue(text.contains("  Falta second-ordinary-assembly: cap assemblea ordinària entre setembre i setembre de 2026."),
                text);
        assertTrue(text.contains("Admission of Vilafranca: CARRIED, yes 2 of 3 with vote, 1 not counted (rights.pending-no-vote)"),
                text);
        assertTrue(text.contains("Vilafranca is now MEMBER, admitted by AG 2026-03 #2"), text);
        assertTrue(text.contains("Decisions of the spring assembly: 1; Vic, absent, was one of the 3 with vote: true"), text);
        assertTrue(text.contains("iCalendar: 4 events, linked back"), text);
    }
}

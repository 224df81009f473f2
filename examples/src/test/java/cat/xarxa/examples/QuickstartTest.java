package cat.xarxa.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuickstartTest {

    @TempDir
    Path directory;

    private String runQuickstart() throws Exception {
        ByteArrayOutputStream story = new ByteArrayOutputStream();
        Quickstart.run(Map.of("xarxa.jdbc.url", "jdbc:h2:file:" + directory.resolve("xarxa-data/xarxa")),
                directory.resolve("members.json"), new PrintStream(story, true, StandardCharsets.UTF_8));
        return story.toString(StandardCharsets.UTF_8);
    }

    @Test
    void threeCouncilsJoinOneIsRefusedInCatalanAndTheExportIsWritten() throws Exception {
        String story = runQuickstart();

        assertTrue(story.contains("Xarxa on storage 'jdbc'"), story);
        assertTrue(story.contains("Santa Margarida i els Monjos applied on 2026-03-02 and was admitted on 2026-04-20"), story);
        assertTrue(story.contains("refused: [El codi oficial 081878 ja està registrat (Sabadell, membre).]"), story);
        assertTrue(story.contains("no és un codi INE de municipi"), story);
        assertTrue(story.contains("Consell Comarcal d'Osona waits for the assembly: voice true, vote false"), story);
        assertTrue(story.contains(String.format("  %-30s %s  %s", "Consell Comarcal d'Osona", "24", "PENDING")), story);
        String json = Files.readString(directory.resolve("members.json"));
        for (String name : new String[] {"Sabadell", "Manlleu", "Santa Margarida i els Monjos"}) {
            assertTrue(json.contains("\"" + name + "\""), json);
        }
    }

    @Test
    void aSecondRunFindsTheDataOfTheFirst() throws Exception {
        runQuickstart();

        String second = runQuickstart();

        assertEquals(3, second.lines().filter(l -> l.endsWith("is already registered (from an earlier run)")).count(), second);
    }
}

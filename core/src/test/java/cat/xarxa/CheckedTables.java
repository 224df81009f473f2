package cat.xarxa;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the tables a docs page marks {@code <!-- checked: name -->}, so a test can compute them again. */
final class CheckedTables {

    private CheckedTables() {
    }

    /** The body rows of the table after the marker, as trimmed cells. */
    static List<List<String>> table(String page, String name) {
        String marker = "<!-- checked: " + name + " -->";
        int at = page.indexOf(marker);
        assertTrue(at >= 0, "the page has no table " + marker);
        List<List<String>> rows = new ArrayList<>();
        for (String line : page.substring(at + marker.length()).strip().split("\n")) {
            if (!line.startsWith("|")) {
                break;
            }
            rows.add(Arrays.stream(line.substring(1, line.length() - 1).split("\\|")).map(String::strip).toList());
        }
        return rows.subList(2, rows.size());
    }
}

package cat.xarxa.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class IneCodePropertiesTest {

    @Provide
    Arbitrary<String> fiveDigits() {
        return Arbitraries.strings().numeric().ofLength(5);
    }

    @Property
    void parsingTheTextOfACodeGivesTheSameCode(@ForAll("fiveDigits") String digits) {
        IneCode code = IneCode.ofFiveDigits(digits);

        assertEquals(code, IneCode.parse(code.toString()));
        assertEquals(digits, code.fiveDigits());
        assertTrue(IneCode.isWellFormed(code.toString()));
    }

    @Property
    void everyOtherCheckDigitIsRejected(@ForAll("fiveDigits") String digits, @ForAll @IntRange(min = 1, max = 9) int shift) {
        char right = IneCode.checkDigitOf(digits);
        char wrong = (char) ('0' + (right - '0' + shift) % 10);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> IneCode.parse(digits + wrong));
        assertTrue(error.getMessage().contains(digits + wrong), error.getMessage());
        assertFalse(IneCode.isWellFormed(digits + wrong));
    }

    @Property
    void textThatIsNotSixDigitsIsRejected(@ForAll String text) {
        if (text.trim().matches("\\d{6}")) {
            return; // six digits are judged by their check digit, above
        }
        assertThrows(IllegalArgumentException.class, () -> IneCode.parse(text));
        assertFalse(IneCode.isWellFormed(text));
    }

    @Test
    void theRuleReproducesEveryCheckDigitOfTheOfficialList() throws Exception {
        int rows = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Municipalities.class.getResourceAsStream("es-municipalities.csv"), StandardCharsets.UTF_8))) {
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                String[] cols = line.split(",", 5);
                assertEquals(cols[1].charAt(0), IneCode.checkDigitOf(cols[0]), line);
                rows++;
            }
        }
        assertEquals(8131, rows);
    }

    @Test
    void theOfficialListKnowsRealCouncils() {
        Municipalities list = Municipalities.official();

        assertEquals(8131, list.size());
        assertEquals(947, list.all().stream().filter(m -> m.communityCode().equals("09")).count());
        assertEquals("Sabadell", list.find(IneCode.parse("081878")).orElseThrow().name());
        assertEquals("Manlleu", list.find(IneCode.parse("081120")).orElseThrow().name());
        assertEquals("Ballestero, El", list.find(IneCode.ofFiveDigits("02014")).orElseThrow().name());
        assertFalse(list.contains(IneCode.ofFiveDigits("08999")));
    }
}

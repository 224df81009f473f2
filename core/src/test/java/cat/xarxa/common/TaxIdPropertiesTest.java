package cat.xarxa.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TaxIdPropertiesTest {

    /** The control number of seven digits, computed here the long way, as the tax agency explains it. */
    private static int controlNumber(String digits) {
        int even = 0;
        int odd = 0;
        for (int place = 1; place <= 7; place++) {
            int digit = digits.charAt(place - 1) - '0';
            if (place % 2 == 0) {
                even += digit;
            } else {
                odd += (digit * 2) / 10 + (digit * 2) % 10;
            }
        }
        return (10 - (even + odd) % 10) % 10;
    }

    @Provide
    Arbitrary<String> sevenDigits() {
        return Arbitraries.strings().numeric().ofLength(7);
    }

    @Property
    void aPublicBodysNifWithItsControlLetterIsValidAndReadsBackTheSame(@ForAll("sevenDigits") String digits) {
        String nif = "P" + digits + "JABCDEFGHI".charAt(controlNumber(digits));

        assertTrue(TaxId.isValid(nif));
        assertEquals(nif, TaxId.parse(nif).toString());
        assertEquals(TaxId.parse(nif), TaxId.parse(nif.toLowerCase(java.util.Locale.ROOT).substring(0, 4) + "-" + nif.substring(4)));
    }

    @Property
    void anyOtherControlIsRefused(@ForAll("sevenDigits") String digits) {
        char right = "JABCDEFGHI".charAt(controlNumber(digits));
        for (char wrong : "JABCDEFGHI0123456789".toCharArray()) {
            if (wrong != right) {
                assertFalse(TaxId.isValid("P" + digits + wrong), "P" + digits + wrong);
            }
        }
    }

    @Property
    void aCompanysControlIsADigit(@ForAll("sevenDigits") String digits) {
        int control = controlNumber(digits);

        assertTrue(TaxId.isValid("B" + digits + control));
        assertFalse(TaxId.isValid("B" + digits + "JABCDEFGHI".charAt(control)));
    }

    @Test
    void realPublicBodies() {
        assertTrue(TaxId.isValid("P0801900B"));  // Ajuntament de Barcelona
        assertTrue(TaxId.isValid("S0811001G"));  // Generalitat de Catalunya
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> TaxId.parse("12345678Z"));
        assertTrue(error.getMessage().contains("a letter, seven digits"), error.getMessage());
    }
}

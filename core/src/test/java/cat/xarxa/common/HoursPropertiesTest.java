package cat.xarxa.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class HoursPropertiesTest {

    @Property
    void textRoundTrips(@ForAll @LongRange(min = 0, max = 10_000_000) long minutes) {
        Hours hours = Hours.ofMinutes(minutes);
        assertEquals(hours, Hours.parse(hours.toString()));
    }

    @Property
    void subtractionNeverGoesNegative(@ForAll @LongRange(min = 0, max = 100_000) long a,
                                      @ForAll @LongRange(min = 0, max = 100_000) long b) {
        Hours x = Hours.ofMinutes(a);
        Hours y = Hours.ofMinutes(b);
        if (b > a) {
            assertThrows(IllegalArgumentException.class, () -> x.minus(y));
        } else {
            assertEquals(a - b, x.minus(y).toMinutes());
        }
    }

    @Test
    void theTextIsTheSameWhateverTheJvmsLanguage() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("ar-EG"));
            assertEquals("4:05", Hours.of(4, 5).toString());
            assertEquals(Hours.of(4, 5), Hours.parse(Hours.of(4, 5).toString()));
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void aPackageIsTwoSessionsOfTwoHours() {
        Hours session = Hours.of(2);
        assertEquals(Hours.of(4), session.times(2));
        assertEquals("4:00", Hours.of(4).toString());
        assertEquals(Hours.of(1, 30), Hours.parse("1:30"));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Hours.of(-3));
        assertEquals("hours must not be negative: -3", error.getMessage());
    }
}

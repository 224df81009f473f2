package cat.xarxa.ical;

import static cat.xarxa.ical.Calendars.parse;
import static cat.xarxa.ical.Calendars.vevents;
import static cat.xarxa.ical.Calendars.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.governance.NetworkEvent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Whatever the text, a calendar application reads back the title and the place that were written. */
class IcsRoundTripPropertiesTest {

    @net.jqwik.api.Property(tries = 200)
    void titles_and_places_read_back_exactly(@ForAll("texts") String title, @ForAll("texts") String place) {
        NetworkEvent event = Calendars.inPerson(1, title, place);

        byte[] ics = write(new Calendars.Source(List.of(event)));
        VEvent vevent = vevents(parse(ics)).get(0);

        assertEquals(title, vevent.getProperty(Property.SUMMARY).map(Property::getValue).orElse(null));
        assertEquals(place.isBlank() ? Optional.empty() : Optional.of(place),
                vevent.getProperty(Property.LOCATION).map(Property::getValue));
        for (String line : new String(ics, StandardCharsets.UTF_8).split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
    }

    /**
     * Any Unicode text without the control characters iCalendar text cannot hold (those of ASCII),
     * often with what iCalendar escapes or folds, trimmed as the calendar keeps titles and places
     * ({@code ScheduleEvent}): ical4j's reader trims a value as it reads it.
     */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<Integer> codePoints = Arbitraries.frequencyOf(
                        Tuple.of(4, Arbitraries.integers().between(0x20, 0x7E)),
                        Tuple.of(2, Arbitraries.of((int) ',', (int) ';', (int) '\\', (int) '"', (int) ':', (int) ' ')),
                        Tuple.of(2, Arbitraries.integers().between(0xA0, 0x24F)),
                        Tuple.of(1, Arbitraries.integers().between(0x80, 0x9F)),
                        Tuple.of(2, Arbitraries.integers().between(0x80, Character.MAX_CODE_POINT)))
                .filter(c -> c >= 0x20 && c != 0x7F && Character.getType(c) != Character.SURROGATE);
        return codePoints.list().ofMinSize(1).ofMaxSize(250).map(list -> {
            StringBuilder text = new StringBuilder();
            list.forEach(text::appendCodePoint);
            return text.toString().trim();
        }).filter(text -> !text.isEmpty());
    }
}

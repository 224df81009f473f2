package cat.xarxa.ical;

import static cat.xarxa.ical.Calendars.event;
import static cat.xarxa.ical.Calendars.inPerson;
import static cat.xarxa.ical.Calendars.parse;
import static cat.xarxa.ical.Calendars.vevents;
import static cat.xarxa.ical.Calendars.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.Xarxa;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.governance.Attendance;
import cat.xarxa.governance.EventKind;
import cat.xarxa.governance.EventStatus;
import cat.xarxa.governance.NetworkEvent;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import cat.xarxa.spi.ExportSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyContainer;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Conference;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;

class IcsExportTest {

    private static final LocalDate OCTOBER_15 = LocalDate.of(2026, 10, 15);

    private static final NetworkEvent ASSEMBLY = event(1, EventKind.ORDINARY_ASSEMBLY, "Assemblea General ordinària",
            OCTOBER_15, LocalTime.of(10, 0), LocalTime.of(13, 30), MeetingFormat.HYBRID,
            "Sala de plens, Ajuntament de Sabadell", "https://meet.example.org/assemblea", EventStatus.SCHEDULED,
            List.of());

    private static final NetworkEvent FAIR_DAY = event(2, EventKind.FAIR_ACTIVITY, "Fira d'economia solidària",
            LocalDate.of(2026, 11, 7), null, null, MeetingFormat.IN_PERSON, "Plaça Major, Vic", "",
            EventStatus.SCHEDULED, List.of());

    private static VEvent only(byte[] ics) {
        List<VEvent> events = vevents(parse(ics));
        assertEquals(1, events.size());
        return events.get(0);
    }

    private static String value(PropertyContainer component, String property) {
        return component.getProperty(property).map(Property::getValue)
                .orElseThrow(() -> new AssertionError(property + " missing in " + component));
    }

    private static boolean has(Component component, String property) {
        return component.getProperty(property).isPresent();
    }

    private static Temporal date(Component component, String property) {
        return component.<DateProperty<?>>getProperty(property).orElseThrow().getDate();
    }

    private static String tzid(Component component, String property) {
        return component.getProperty(property).orElseThrow().getParameter(Parameter.TZID)
                .map(Parameter::getValue).orElse(null);
    }

    private static String text(byte[] ics) {
        return new String(ics, StandardCharsets.UTF_8);
    }

    private static String unfolded(byte[] ics) {
        return text(ics).replace("\r\n ", "");
    }

    @Test
    void a_timed_hybrid_event_has_its_times_in_the_network_zone_its_place_its_online_link_and_a_link_back() {
        VEvent vevent = only(write(new Calendars.Source(List.of(ASSEMBLY))));

        assertEquals("00000000-0000-0000-0000-000000000001@xarxa", value(vevent, Property.UID));
        assertEquals("20260630T000000Z", value(vevent, Property.DTSTAMP), "the day of the export, at midnight UTC");
        assertEquals("Europe/Madrid", tzid(vevent, Property.DTSTART));
        assertEquals("Europe/Madrid", tzid(vevent, Property.DTEND));
        ZonedDateTime start = (ZonedDateTime) date(vevent, Property.DTSTART);
        ZonedDateTime end = (ZonedDateTime) date(vevent, Property.DTEND);
        assertEquals(LocalDateTime.of(2026, 10, 15, 10, 0), start.toLocalDateTime());
        assertEquals(LocalDateTime.of(2026, 10, 15, 13, 30), end.toLocalDateTime());
        assertEquals(Instant.parse("2026-10-15T08:00:00Z"), start.toInstant(), "summer time, two hours ahead of UTC");
        assertEquals("Assemblea General ordinària", value(vevent, Property.SUMMARY));
        assertEquals("Sala de plens, Ajuntament de Sabadell", value(vevent, Property.LOCATION));
        assertEquals("https://meet.example.org/assemblea", value(vevent, Conference.PROPERTY_NAME));
        assertEquals("URI", vevent.getProperty(Conference.PROPERTY_NAME).orElseThrow().getParameter(Parameter.VALUE)
                .map(Parameter::getValue).orElse(null));
        assertEquals("https://meet.example.org/assemblea", value(vevent, Property.DESCRIPTION));
        assertEquals("https://intranet.example.org/calendari/00000000-0000-0000-0000-000000000001",
                value(vevent, Property.URL));
        assertEquals("CONFIRMED", value(vevent, Property.STATUS));
        assertEquals(List.of("ORDINARY_ASSEMBLY", "HYBRID"),
                List.copyOf(vevent.<Categories>getProperty(Property.CATEGORIES).orElseThrow().getCategories().getTexts()));
        assertEquals("ORDINARY_ASSEMBLY", value(vevent, "X-XARXA-KIND"));
        assertEquals("HYBRID", value(vevent, "X-XARXA-FORMAT"));
        assertFalse(has(vevent, "X-XARXA-ATTENDANCE"), "not held yet");
        assertFalse(vevent.validate().hasErrors(), vevent.validate().toString());
    }

    @Test
    void an_all_day_event_is_a_date_ending_the_next_day_without_a_zone() {
        VEvent vevent = only(write(new Calendars.Source(List.of(FAIR_DAY))));

        assertEquals(LocalDate.of(2026, 11, 7), date(vevent, Property.DTSTART));
        assertEquals(LocalDate.of(2026, 11, 8), date(vevent, Property.DTEND));
        assertEquals(null, tzid(vevent, Property.DTSTART));
        assertTrue(text(write(new Calendars.Source(List.of(FAIR_DAY))))
                .contains("\r\nDTSTART;VALUE=DATE:20261107\r\nDTEND;VALUE=DATE:20261108\r\n"));
        assertEquals("FAIR_ACTIVITY", value(vevent, "X-XARXA-KIND"));
        assertEquals("IN_PERSON", value(vevent, "X-XARXA-FORMAT"));
        assertFalse(has(vevent, Conference.PROPERTY_NAME), "an event in person has no online link");
        assertFalse(has(vevent, Property.DESCRIPTION));
        assertFalse(vevent.validate().hasErrors(), vevent.validate().toString());
    }

    @Test
    void an_event_without_an_end_ends_when_it_starts_and_one_ending_before_it_starts_ends_the_next_day() {
        NetworkEvent noEnd = event(3, EventKind.EXECUTIVE_COMMISSION, "Comissió Executiva", OCTOBER_15,
                LocalTime.of(17, 0), null, MeetingFormat.VIRTUAL, "", "https://meet.example.org/ce",
                EventStatus.SCHEDULED, List.of());
        NetworkEvent night = event(4, EventKind.FAIR_ACTIVITY, "Concert de cloenda", OCTOBER_15,
                LocalTime.of(22, 0), LocalTime.of(1, 0), MeetingFormat.IN_PERSON, "Plaça Major", "",
                EventStatus.SCHEDULED, List.of());

        List<VEvent> events = vevents(parse(write(new Calendars.Source(List.of(noEnd, night)))));

        assertFalse(has(events.get(0), Property.DTEND), "RFC 5545: no DTEND, the event ends when it starts");
        assertFalse(has(events.get(0), Property.DURATION));
        assertFalse(has(events.get(0), Property.LOCATION), "a virtual event has no place");
        assertEquals(LocalDateTime.of(2026, 10, 16, 1, 0),
                ((ZonedDateTime) date(events.get(1), Property.DTEND)).toLocalDateTime());
    }

    @Test
    void cancelled_and_held_events_have_their_status_and_a_held_one_the_number_of_councils_that_came_and_no_one_else() {
        MemberId sabadell = new MemberId(UUID.fromString("0a6f3c1e-2b4d-4e8f-9a1b-3c5d7e9f1a2b"));
        MemberId manlleu = new MemberId(UUID.fromString("5c1e9a7b-4f3d-4b2a-8e6f-1d2c3b4a5f6e"));
        PersonId nuria = new PersonId(UUID.fromString("7d1c0000-0000-4000-8000-000000000001"));
        PersonId jordi = new PersonId(UUID.fromString("8e2a0000-0000-4000-8000-000000000002"));
        NetworkEvent cancelled = event(5, EventKind.TECHNICAL_COMMISSION, "Comissió Tècnica", OCTOBER_15,
                LocalTime.of(9, 0), LocalTime.of(10, 0), MeetingFormat.VIRTUAL, "", "https://meet.example.org/ct",
                EventStatus.CANCELLED, List.of());
        NetworkEvent held = event(6, EventKind.ELECTED_OFFICIALS_MEETING, "Trobada de càrrecs electes", OCTOBER_15,
                LocalTime.of(9, 0), LocalTime.of(14, 0), MeetingFormat.IN_PERSON, "Manlleu", "", EventStatus.HELD,
                List.of(new Attendance(sabadell, nuria), new Attendance(sabadell, jordi), new Attendance(manlleu, null)));

        byte[] ics = write(new Calendars.Source(List.of(cancelled, held)));
        List<VEvent> events = vevents(parse(ics));

        assertEquals("CANCELLED", value(events.get(0), Property.STATUS));
        assertEquals("CONFIRMED", value(events.get(1), Property.STATUS));
        assertEquals("2", value(events.get(1), "X-XARXA-ATTENDANCE"), "two councils, however many people");
        for (String personal : List.of(sabadell.toString(), manlleu.toString(), nuria.toString(), jordi.toString())) {
            assertFalse(text(ics).contains(personal), "the file names no one who attended: " + personal);
        }
    }

    @Test
    void commas_semicolons_backslashes_and_line_breaks_are_escaped_and_read_back_as_they_were() {
        String title = "Jornada: clàusules socials, compra pública; i \"més\"\nSegona línia amb \\barra";
        String place = "Carrer Major, 1; 2n pis\nVic";
        NetworkEvent event = inPerson(7, title, place);

        byte[] ics = write(new Calendars.Source(List.of(event)));
        VEvent vevent = only(ics);

        assertTrue(unfolded(ics).contains("SUMMARY:Jornada: clàusules socials\\, compra pública\\; i \"més\"\\nSegona línia"
                + " amb \\\\barra\r\n"), text(ics));
        assertEquals(title, value(vevent, Property.SUMMARY));
        assertEquals(place, value(vevent, Property.LOCATION));
    }

    @Test
    void a_long_accented_title_is_folded_at_75_octets_without_splitting_a_character_and_reads_back_whole() {
        String title = "Assemblea extraordinària de la Xarxa: pressupostos participatius, economia "
                + "solidària i contractació pública responsable — àéèíïòóúüç ÀÉÈÍÏÒÓÚÜÇ l·l 🌍 ".repeat(2);
        title = title.substring(0, 200);
        assertEquals(200, title.length());
        NetworkEvent event = inPerson(8, title, "Sala d'actes");

        byte[] ics = write(new Calendars.Source(List.of(event)));

        assertEquals(title, value(only(ics), Property.SUMMARY));
        String[] lines = text(ics).split("\r\n", -1);
        for (String line : lines) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "longer than 75 octets: " + line);
        }
        assertTrue(Arrays.stream(lines).filter(line -> line.startsWith(" ")).count() >= 3, "the title is folded");
        assertFalse(text(ics).contains("\uFFFD"), "no character is split");
    }

    @Test
    void every_line_ends_in_crlf_and_a_control_character_a_text_cannot_hold_is_left_out() {
        NetworkEvent event = inPerson(9, "Taller\u0007 de\r\nformació\rpràctica\ton-line", "Vic");

        byte[] ics = write(new Calendars.Source(List.of(event)));

        assertFalse(text(ics).replace("\r\n", "").contains("\n"), "a bare line feed");
        assertFalse(text(ics).replace("\r\n", "").contains("\r"), "a bare carriage return");
        assertTrue(text(ics).endsWith("END:VCALENDAR\r\n"));
        assertEquals("Taller de\nformació\npràctica\ton-line", value(only(ics), Property.SUMMARY));
    }

    @Test
    void the_calendar_names_the_product_publishes_and_carries_the_network_time_zone() {
        byte[] ics = write(new Calendars.Source(List.of(ASSEMBLY, FAIR_DAY)));
        Calendar calendar = parse(ics);

        assertTrue(text(ics).startsWith("BEGIN:VCALENDAR\r\nPRODID:-//Xarxa//Xarxa calendar//EN\r\nVERSION:2.0\r\n"
                + "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/Madrid\r\n"), text(ics));
        assertEquals("-//Xarxa//Xarxa calendar//EN", value(calendar, Property.PRODID));
        assertEquals("2.0", value(calendar, Property.VERSION));
        assertEquals("GREGORIAN", value(calendar, Property.CALSCALE));
        assertEquals("PUBLISH", value(calendar, Property.METHOD));
        List<CalendarComponent> zones = calendar.getComponents(Component.VTIMEZONE);
        assertEquals(1, zones.size());
        assertEquals("Europe/Madrid", value(zones.get(0), Property.TZID));
        assertEquals(2, vevents(calendar).size());
    }

    @Test
    void a_calendar_without_events_is_still_a_valid_calendar() {
        byte[] ics = write(new Calendars.Source(List.of()));
        Calendar calendar = parse(ics);

        assertEquals(0, vevents(calendar).size());
        assertEquals(1, calendar.getComponents(Component.VTIMEZONE).size(), "RFC 5545 wants one component at least");
        assertFalse(calendar.validate().hasErrors(), calendar.validate().toString());
    }

    @Test
    void the_output_is_the_same_byte_for_byte_from_one_run_to_the_next() {
        List<NetworkEvent> events = List.of(ASSEMBLY, FAIR_DAY, inPerson(10, "Taller, «pràctic»", "Vic"));

        assertArrayEquals(write(new Calendars.Source(events)), write(new Calendars.Source(events)));
    }

    @Test
    void without_a_clock_each_event_is_stamped_with_its_own_day_and_without_links_it_has_no_url() {
        ExportSource noClock = new ExportSource() {
            @Override
            public Stream<cat.xarxa.member.Member> members() {
                return Stream.empty();
            }

            @Override
            public Stream<NetworkEvent> events() {
                return Stream.of(ASSEMBLY);
            }
        };

        VEvent vevent = only(write(noClock));

        assertEquals("20261015T000000Z", value(vevent, Property.DTSTAMP));
        assertFalse(has(vevent, Property.URL));
    }

    @Test
    void the_source_stream_is_closed_and_the_output_stream_is_left_open() throws IOException {
        Calendars.Source source = new Calendars.Source(List.of(ASSEMBLY, FAIR_DAY));
        ClosableOutput out = new ClosableOutput();

        Calendars.ics().write(source, out);

        assertEquals(1, source.closed.get());
        assertFalse(out.closed);
        assertTrue(out.written > 0);
    }

    @Test
    void xarxa_exports_its_calendar_as_ics() {
        try (Xarxa xarxa = Xarxa.builder().setting(Xarxa.STORAGE, "memory").build()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            xarxa.export("ics", out);

            assertTrue(xarxa.exportFormats().contains("ics"), xarxa.exportFormats().toString());
            assertEquals("PUBLISH", value(parse(out.toByteArray()), Property.METHOD));
        }
    }

    private static final class ClosableOutput extends OutputStream {
        long written;
        boolean closed;

        @Override
        public void write(int b) {
            written++;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}

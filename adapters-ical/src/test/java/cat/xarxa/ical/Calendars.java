package cat.xarxa.ical;

import cat.xarxa.common.MeetingFormat;
import cat.xarxa.governance.Attendance;
import cat.xarxa.governance.EventId;
import cat.xarxa.governance.EventKind;
import cat.xarxa.governance.EventStatus;
import cat.xarxa.governance.NetworkEvent;
import cat.xarxa.spi.ExportFormat;
import cat.xarxa.spi.ExportSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;

/** Events made by hand, a source that offers them, and the export written and read back with ical4j. */
final class Calendars {

    private Calendars() {
    }

    static NetworkEvent event(long id, EventKind kind, String title, LocalDate on, LocalTime startsAt,
                              LocalTime endsAt, MeetingFormat format, String place, String link, EventStatus status,
                              List<Attendance> attendance) {
        return new NetworkEvent(new EventId(new UUID(0, id)), kind, title, on, startsAt, endsAt, format, place, link,
                status, attendance, 1);
    }

    /** An event in person, scheduled, with the given title and place, from 10:00 to 12:00. */
    static NetworkEvent inPerson(long id, String title, String place) {
        return event(id, EventKind.OTHER, title, LocalDate.of(2026, 10, 15), LocalTime.of(10, 0), LocalTime.of(12, 0),
                MeetingFormat.IN_PERSON, place, "", EventStatus.SCHEDULED, List.of());
    }

    /** A source with the export's date and a link to each event in a host application; counts closes. */
    static final class Source implements ExportSource {
        private final List<NetworkEvent> events;
        final AtomicInteger closed = new AtomicInteger();

        Source(List<NetworkEvent> events) {
            this.events = events;
        }

        @Override
        public Stream<cat.xarxa.member.Member> members() {
            return Stream.empty();
        }

        @Override
        public LocalDate asOf() {
            return LocalDate.of(2026, 6, 30);
        }

        @Override
        public Stream<NetworkEvent> events() {
            return events.stream().onClose(closed::incrementAndGet);
        }

        @Override
        public Optional<URI> linkTo(NetworkEvent event) {
            return Optional.of(URI.create("https://intranet.example.org/calendari/" + event.id()));
        }
    }

    static ExportFormat ics() {
        return new IcalFormatProvider().exportFormats().get(0);
    }

    static byte[] write(ExportSource source) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ics().write(source, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Calendar parse(byte[] ics) {
        try {
            return new CalendarBuilder().build(new ByteArrayInputStream(ics));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserException e) {
            throw new AssertionError("the export does not parse: " + e.getMessage(), e);
        }
    }

    static List<VEvent> vevents(Calendar calendar) {
        return calendar.getComponents(Component.VEVENT);
    }
}

package cat.xarxa.ical;

import cat.xarxa.Xarxa;
import cat.xarxa.governance.Attendance;
import cat.xarxa.governance.EventStatus;
import cat.xarxa.governance.NetworkEvent;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Conference;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;

/** One event as a {@code VEVENT}, and the network's time zone as a {@code VTIMEZONE}. */
final class EventComponents {

    /** Ends every UID, so that an event keeps its UID from one export to the next. */
    static final String UID_DOMAIN = "@xarxa";
    static final String KIND = "X-XARXA-KIND";
    static final String FORMAT = "X-XARXA-FORMAT";
    static final String ATTENDANCE = "X-XARXA-ATTENDANCE";

    private EventComponents() {
    }

    /**
     * The event as a {@code VEVENT}.
     *
     * @param stampedOn the day its {@code DTSTAMP} gives, at midnight UTC
     * @param link      where the host application shows it, if it does
     */
    static VEvent vevent(NetworkEvent event, LocalDate stampedOn, Optional<URI> link) {
        VEvent vevent = new VEvent(false);
        vevent.add(new Uid(event.id() + UID_DOMAIN));
        vevent.add(new DtStamp(stampedOn.atStartOfDay(ZoneOffset.UTC).toInstant()));
        if (event.startsAt() == null) {
            vevent.add(new DtStart<>(event.on()));
            vevent.add(new DtEnd<>(event.on().plusDays(1)));
        } else {
            LocalTime startsAt = event.startsAt().truncatedTo(ChronoUnit.SECONDS);
            vevent.add(new DtStart<>(ZonedDateTime.of(event.on(), startsAt, Xarxa.NETWORK_ZONE)));
            // Without an end there is no DTEND: RFC 5545 then has the event end when it starts.
            LocalTime endsAt = event.endsAt() == null ? startsAt : event.endsAt().truncatedTo(ChronoUnit.SECONDS);
            if (!endsAt.equals(startsAt)) {
                // An end before the start is past midnight, on the next day.
                LocalDateTime end = event.on().atTime(endsAt).plusDays(endsAt.isAfter(startsAt) ? 0 : 1);
                vevent.add(new DtEnd<>(ZonedDateTime.of(end, Xarxa.NETWORK_ZONE)));
            }
        }
        vevent.add(new Summary(text(event.title())));
        if (!event.place().isBlank()) {
            vevent.add(new Location(text(event.place())));
        }
        if (!event.link().isBlank()) {
            vevent.add(new Description(text(event.link())));
            absolute(event.link()).ifPresent(uri ->
                    vevent.add(new Conference(new ParameterList(List.of(Value.URI)), uri.toASCIIString())));
        }
        link.ifPresent(uri -> vevent.add(new Url(URI.create(uri.toASCIIString()))));
        vevent.add(event.status() == EventStatus.CANCELLED
                ? ImmutableStatus.VEVENT_CANCELLED
                : ImmutableStatus.VEVENT_CONFIRMED);
        vevent.add(new Categories(new TextList(event.kind().name(), event.format().name())));
        vevent.add(new XProperty(KIND, event.kind().name()));
        vevent.add(new XProperty(FORMAT, event.format().name()));
        if (event.status() == EventStatus.HELD) {
            long councils = event.attendance().stream().map(Attendance::council).distinct().count();
            vevent.add(new XProperty(ATTENDANCE, Long.toString(councils)));
        }
        return vevent;
    }

    /** The network's zone as a {@code VTIMEZONE}, from the time zone data ical4j carries. */
    static String networkTimeZone() {
        return NetworkZone.VTIMEZONE;
    }

    /**
     * Text as iCalendar can hold it: a line break of any kind is a line break, which ical4j escapes;
     * the other ASCII control characters, which a text value may not hold (RFC 5545, 3.3.11), are
     * left out.
     */
    static String text(String value) {
        String lines = value.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder text = new StringBuilder(lines.length());
        lines.codePoints()
                .filter(c -> c == '\n' || c == '\t' || c >= 0x20 && c != 0x7F)
                .forEach(text::appendCodePoint);
        return text.toString();
    }

    /** The link as an absolute URI, if it is one; a link that is not goes in the description only. */
    private static Optional<URI> absolute(String link) {
        try {
            URI uri = new URI(link.strip());
            return uri.isAbsolute() ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException notAUri) {
            return Optional.empty();
        }
    }

    /** Loaded once, when the first calendar is written. */
    private static final class NetworkZone {
        static final String VTIMEZONE = load();

        private static String load() {
            String id = Xarxa.NETWORK_ZONE.getId();
            TimeZone zone = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(id);
            if (zone == null) {
                throw new IllegalStateException("ical4j has no time zone data for " + id);
            }
            return zone.getVTimeZone().toString();
        }
    }
}

package cat.xarxa.ical;

import cat.xarxa.spi.ExportFormat;
import cat.xarxa.spi.FormatProvider;
import cat.xarxa.spi.ImportFormat;
import java.util.List;

/**
 * The network's calendar in iCalendar (RFC 5545): the {@code ics} export, one {@code VEVENT} per
 * event, for calendar applications and for publishing the calendar as a subscription. Registered in
 * {@code META-INF/services/cat.xarxa.spi.FormatProvider}, so {@code xarxa.export("ics", out)} finds
 * it.
 *
 * <p>The file is UTF-8, lines end in CRLF and are folded at 75 octets, text is escaped as RFC 5545
 * says:
 * <pre>
 * BEGIN:VCALENDAR
 * PRODID:-//Xarxa//Xarxa calendar//EN
 * VERSION:2.0
 * CALSCALE:GREGORIAN
 * METHOD:PUBLISH
 * BEGIN:VTIMEZONE
 * TZID:Europe/Madrid
 * …
 * END:VTIMEZONE
 * BEGIN:VEVENT
 * UID:0a6f3c1e-2b4d-4e8f-9a1b-3c5d7e9f1a2b@xarxa
 * DTSTAMP:20260630T000000Z
 * DTSTART;TZID=Europe/Madrid:20261015T100000
 * DTEND;TZID=Europe/Madrid:20261015T133000
 * SUMMARY:Assemblea General ordinària
 * LOCATION:Sala de plens\, Ajuntament de Sabadell
 * DESCRIPTION:https://meet.example.org/assemblea
 * CONFERENCE;VALUE=URI:https://meet.example.org/assemblea
 * URL:https://intranet.example.org/calendari/0a6f3c1e-2b4d-4e8f-9a1b-3c5d7e9f
 *  1a2b
 * STATUS:CONFIRMED
 * CATEGORIES:ORDINARY_ASSEMBLY,HYBRID
 * X-XARXA-KIND:ORDINARY_ASSEMBLY
 * X-XARXA-FORMAT:HYBRID
 * END:VEVENT
 * END:VCALENDAR
 * </pre>
 * Events are written as the store reads them, never all in memory. The file names no person:
 * a held event says how many councils attended, not which nor who. There is no {@code ics}
 * import.
 */
public final class IcalFormatProvider implements FormatProvider {

    /** The provider {@link java.util.ServiceLoader} creates. */
    public IcalFormatProvider() {
    }

    /** {@code ics}, the network's calendar. */
    @Override
    public List<ExportFormat> exportFormats() {
        return List.of(new IcsExport());
    }

    /** None: the calendar is kept in Xarxa and published from it. */
    @Override
    public List<ImportFormat> importFormats() {
        return List.of();
    }
}

package cat.xarxa.ical;

import cat.xarxa.governance.NetworkEvent;
import cat.xarxa.spi.ExportFormat;
import cat.xarxa.spi.ExportSource;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * {@code ics}: one {@code VCALENDAR} with the network's time zone and one {@code VEVENT} per event.
 * The calendar's own lines are written here and ical4j renders each component, so that events are
 * written one by one as the source reads them.
 */
final class IcsExport implements ExportFormat {

    static final String NAME = "ics";

    /** Names the project only, as RFC 5545 asks of a product identifier. */
    static final String PRODUCT = "-//Xarxa//Xarxa calendar//EN";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void write(ExportSource source, OutputStream out) throws IOException {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(out, "out");
        Optional<LocalDate> asOf = dateOf(source);
        FoldedLines lines = new FoldedLines(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
        lines.write("BEGIN:VCALENDAR\r\n");
        lines.write(new ProdId(PRODUCT).toString());
        lines.write(ImmutableVersion.VERSION_2_0.toString());
        lines.write(ImmutableCalScale.GREGORIAN.toString());
        lines.write(ImmutableMethod.PUBLISH.toString());
        lines.write(EventComponents.networkTimeZone());
        try (Stream<NetworkEvent> events = source.events()) {
            Iterator<NetworkEvent> it = events.iterator();
            while (it.hasNext()) {
                NetworkEvent event = it.next();
                lines.write(EventComponents.vevent(event, asOf.orElse(event.on()), source.linkTo(event)).toString());
            }
        }
        lines.write("END:VCALENDAR\r\n");
        lines.flush();
    }

    /** The day of the export, when the source has a clock; each event's own day otherwise. */
    private static Optional<LocalDate> dateOf(ExportSource source) {
        try {
            return Optional.of(source.asOf());
        } catch (UnsupportedOperationException noClock) {
            return Optional.empty();
        }
    }
}

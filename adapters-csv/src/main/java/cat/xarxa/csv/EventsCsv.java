package cat.xarxa.csv;

import cat.xarxa.governance.Attendance;
import cat.xarxa.governance.NetworkEvent;
import cat.xarxa.spi.ExportSource;
import java.io.IOException;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The calendar ({@code csv-events}): one row per event, by day and start time (all-day events
 * first), with its kind, title, times in the network's zone, format, place, online link, status
 * and how many councils attended. Who came for each council stays out.
 */
final class EventsCsv implements CsvDataSet<NetworkEvent> {

    private static final Comparator<NetworkEvent> ORDER = Comparator.comparing(NetworkEvent::on)
            .thenComparing(NetworkEvent::startsAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(event -> event.id().toString());

    private static final List<CsvColumn<NetworkEvent>> COLUMNS = List.of(
            CsvColumn.text("kind", event -> event.kind().name()),
            CsvColumn.text("title", NetworkEvent::title),
            CsvColumn.date("date", event -> event.on().toString()),
            CsvColumn.time("starts_at", event -> time(event.startsAt())),
            CsvColumn.time("ends_at", event -> time(event.endsAt())),
            CsvColumn.text("format", event -> event.format().name()),
            CsvColumn.text("place", NetworkEvent::place),
            CsvColumn.uri("link", NetworkEvent::link),
            CsvColumn.text("status", event -> event.status().name()),
            CsvColumn.integer("attendance", event -> Long.toString(event.attendance().stream().map(Attendance::council)
                    .distinct().count())));

    @Override
    public String id() {
        return "events";
    }

    @Override
    public List<CsvColumn<NetworkEvent>> columns() {
        return COLUMNS;
    }

    @Override
    public void rows(ExportSource source, RowSink<NetworkEvent> sink) throws IOException {
        List<NetworkEvent> events;
        try (Stream<NetworkEvent> all = source.events()) {
            events = all.sorted(ORDER).toList();
        }
        for (NetworkEvent event : events) {
            sink.accept(event);
        }
    }

    private static String time(LocalTime time) {
        return time == null ? "" : time.toString();
    }
}

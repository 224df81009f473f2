package cat.xarxa.csv;

import cat.xarxa.mentorship.Mentorship;
import cat.xarxa.mentorship.MentorshipStatus;
import cat.xarxa.spi.ExportSource;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The mentorships counted ({@code csv-mentorships}): one row per topic and current status with how
 * many mentorships. A mentorship is between two people: who, their councils, the proposal, the
 * notes and the documentation stay out.
 */
final class MentorshipsCsv implements CsvDataSet<MentorshipsCsv.Row> {

    record Key(String topic, MentorshipStatus status) {
    }

    record Row(Key key, long mentorships) {
    }

    private static final Comparator<Key> ORDER = Comparator.comparing(Key::topic).thenComparing(Key::status);

    private static final List<CsvColumn<Row>> COLUMNS = List.of(
            CsvColumn.text("topic", row -> row.key().topic()),
            CsvColumn.text("status", row -> row.key().status().name()),
            CsvColumn.integer("mentorships", row -> Long.toString(row.mentorships())));

    @Override
    public String id() {
        return "mentorships";
    }

    @Override
    public List<CsvColumn<Row>> columns() {
        return COLUMNS;
    }

    @Override
    public void rows(ExportSource source, RowSink<Row> sink) throws IOException {
        Map<Key, Long> counts = new TreeMap<>(ORDER);
        try (Stream<Mentorship> mentorships = source.mentorships()) {
            mentorships.forEach(m -> counts.merge(new Key(m.topic(), m.status()), 1L, Long::sum));
        }
        for (Map.Entry<Key, Long> count : counts.entrySet()) {
            sink.accept(new Row(count.getKey(), count.getValue()));
        }
    }
}

package cat.xarxa.csv;

import cat.xarxa.advisory.Advisory;
import cat.xarxa.advisory.AdvisoryStatus;
import cat.xarxa.common.Hours;
import cat.xarxa.spi.ExportSource;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The advisories counted ({@code csv-advisories}): one row per hour-bank period, topic and status,
 * with how many advisories, how many councils' requests they carry, and the hours they hold
 * reserved and have consumed ({@code h:mm}). An advisory merged into a joint one is counted
 * under {@code MERGED}, with no requests and nothing reserved: its requests are in the joint one.
 * Who asked and what they asked for stay out.
 */
final class AdvisoriesCsv implements CsvDataSet<AdvisoriesCsv.Row> {

    record Key(String period, String topic, AdvisoryStatus status) {
    }

    record Row(Key key, long advisories, long requests, Hours reserved, Hours consumed) {

        Row plus(Advisory advisory) {
            return new Row(key, advisories + 1, requests + advisory.requests().size(), reserved.plus(advisory.reserved()),
                    consumed.plus(advisory.consumed()));
        }
    }

    private static final Comparator<Key> ORDER = Comparator.comparing(Key::period).thenComparing(Key::topic)
            .thenComparing(Key::status);

    private static final List<CsvColumn<Row>> COLUMNS = List.of(
            CsvColumn.text("period", row -> row.key().period()),
            CsvColumn.text("topic", row -> row.key().topic()),
            CsvColumn.text("status", row -> row.key().status().name()),
            CsvColumn.integer("advisories", row -> Long.toString(row.advisories())),
            CsvColumn.integer("requests", row -> Long.toString(row.requests())),
            CsvColumn.hours("hours_reserved", row -> row.reserved().toString()),
            CsvColumn.hours("hours_consumed", row -> row.consumed().toString()));

    @Override
    public String id() {
        return "advisories";
    }

    @Override
    public List<CsvColumn<Row>> columns() {
        return COLUMNS;
    }

    @Override
    public void rows(ExportSource source, RowSink<Row> sink) throws IOException {
        Map<Key, Row> rows = new TreeMap<>(ORDER);
        try (Stream<Advisory> advisories = source.advisories()) {
            advisories.forEach(advisory -> {
                Key key = new Key(advisory.period(), advisory.topic(), advisory.status());
                rows.merge(key, new Row(key, 0, 0, Hours.ZERO, Hours.ZERO).plus(advisory), (sum, one) -> sum.plus(advisory));
            });
        }
        for (Row row : rows.values()) {
            sink.accept(row);
        }
    }
}

package cat.xarxa.csv;

import cat.xarxa.common.Money;
import cat.xarxa.member.MemberKind;
import cat.xarxa.spi.ExportSource;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fees summed up ({@code csv-fee-summary}): one row per fiscal year, member kind and province
 * (the two-digit INE province of town councils, empty for other bodies), with how many
 * assessments, what they come to and what is paid and outstanding on the day of the export, in
 * exact euros. The same sums as adding up the rows of {@code csv-fees}; no member is named.
 */
final class FeeSummaryCsv implements CsvDataSet<FeeSummaryCsv.Row> {

    record Key(int year, MemberKind kind, String province) {
    }

    record Row(Key key, long assessments, Money assessed, Money total, Money paid, Money outstanding, LocalDate asOf) {

        Row plus(FeeRow fee) {
            return new Row(key, assessments + 1, assessed.plus(fee.assessment().assessed()), total.plus(fee.line().total()),
                    paid.plus(fee.line().paid()), outstanding.plus(fee.line().outstanding()), asOf);
        }
    }

    private static final Comparator<Key> ORDER = Comparator.comparingInt(Key::year).thenComparing(Key::kind)
            .thenComparing(Key::province);

    private static final List<CsvColumn<Row>> COLUMNS = List.of(
            CsvColumn.integer("year", row -> Integer.toString(row.key().year())),
            CsvColumn.text("kind", row -> row.key().kind().name()),
            CsvColumn.text("province", row -> row.key().province()),
            CsvColumn.integer("assessments", row -> Long.toString(row.assessments())),
            CsvColumn.decimal("assessed", row -> row.assessed().toString()),
            CsvColumn.decimal("corrections", row -> row.total().minus(row.assessed()).toString()),
            CsvColumn.decimal("total", row -> row.total().toString()),
            CsvColumn.decimal("paid", row -> row.paid().toString()),
            CsvColumn.decimal("outstanding", row -> row.outstanding().toString()),
            CsvColumn.date("as_of", row -> row.asOf().toString()));

    @Override
    public String id() {
        return "fee-summary";
    }

    @Override
    public List<CsvColumn<Row>> columns() {
        return COLUMNS;
    }

    @Override
    public void rows(ExportSource source, RowSink<Row> sink) throws IOException {
        LocalDate asOf = source.asOf();
        Map<Key, Row> rows = new TreeMap<>(ORDER);
        for (FeeRow fee : FeeRows.of(source)) {
            Key key = new Key(fee.assessment().year(), fee.assessment().kind(), FeesCsv.provinceOf(fee));
            rows.merge(key, new Row(key, 0, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, asOf).plus(fee),
                    (sum, one) -> sum.plus(fee));
        }
        for (Row row : rows.values()) {
            sink.accept(row);
        }
    }
}

package cat.xarxa.csv;

import cat.xarxa.member.Census;
import cat.xarxa.member.CensusCount;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.MemberStatus;
import cat.xarxa.spi.ExportSource;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The membership census on the day of the export ({@code csv-census}), a figure a row
 * ({@code dimension,value,count}): bodies by status, full members by kind and by province, the
 * population represented and the full members without a population figure.
 */
final class CensusCsv implements CsvDataSet<CensusCsv.Row> {

    record Row(String dimension, String value, String count) {
    }

    private static final List<CsvColumn<Row>> COLUMNS = List.of(
            CsvColumn.text("dimension", Row::dimension),
            CsvColumn.text("value", Row::value),
            CsvColumn.integer("count", Row::count));

    @Override
    public String id() {
        return "census";
    }

    @Override
    public List<CsvColumn<Row>> columns() {
        return COLUMNS;
    }

    @Override
    public void rows(ExportSource source, RowSink<Row> sink) throws IOException {
        CensusCount count = new CensusCount(source.asOf());
        try (Stream<Member> members = source.members()) {
            members.forEach(count::add);
        }
        Census census = count.result();
        sink.accept(new Row("date", census.date().toString(), ""));
        for (Map.Entry<MemberStatus, Long> e : sorted(census.byStatus())) {
            sink.accept(new Row("status", e.getKey().name(), e.getValue().toString()));
        }
        for (Map.Entry<MemberKind, Long> e : sorted(census.membersByKind())) {
            sink.accept(new Row("kind", e.getKey().name(), e.getValue().toString()));
        }
        for (Map.Entry<String, Long> e : sorted(census.membersByProvince())) {
            sink.accept(new Row("province", e.getKey(), e.getValue().toString()));
        }
        sink.accept(new Row("population", "represented", Long.toString(census.populationRepresented())));
        sink.accept(new Row("population", "members-without-figure", Long.toString(census.membersWithoutFigure())));
    }

    private static <K extends Comparable<? super K>, V> List<Map.Entry<K, V>> sorted(Map<K, V> map) {
        return map.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
    }
}

package cat.xarxa.csv;

import cat.xarxa.care.Need;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberId;
import cat.xarxa.spi.ExportSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The needs ({@code csv-needs}): one row per need with its member's code and name, for the
 * technical secretariat's spreadsheet. Descriptions are free text written by the network's staff:
 * not an open-data set; review them before publishing. The members are read first into a small
 * index; the needs are written as the store reads them.
 */
final class NeedsCsv implements CsvDataSet<NeedsCsv.Row> {

    record Row(Need need, Member member) {
    }

    private static final List<CsvColumn<Row>> COLUMNS = List.of(
            CsvColumn.text("id", row -> row.need().id().toString()),
            CsvColumn.text("member_id", row -> row.need().member().toString()),
            CsvColumn.text("member_official_code", row -> row.member() == null ? "" : row.member().officialCode()),
            CsvColumn.text("member_name", row -> row.member() == null ? "" : row.member().name()),
            CsvColumn.text("category", row -> row.need().category()),
            CsvColumn.text("status", row -> row.need().status().name()),
            CsvColumn.date("raised_on", row -> row.need().raisedOn().toString()),
            CsvColumn.date("expected_on", row -> row.need().expected().map(Object::toString).orElse("")),
            CsvColumn.text("description", row -> row.need().description()));

    @Override
    public String id() {
        return "needs";
    }

    @Override
    public List<CsvColumn<Row>> columns() {
        return COLUMNS;
    }

    @Override
    public void rows(ExportSource source, RowSink<Row> sink) {
        Map<MemberId, Member> members = new HashMap<>();
        try (Stream<Member> all = source.members()) {
            all.forEach(member -> members.put(member.id(), member));
        }
        try (Stream<Need> needs = source.needs()) {
            needs.map(need -> new Row(need, members.get(need.member()))).forEachOrdered(sink.unchecked());
        }
    }
}

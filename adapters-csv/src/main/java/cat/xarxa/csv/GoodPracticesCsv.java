package cat.xarxa.csv;

import cat.xarxa.member.Member;
import cat.xarxa.member.MemberId;
import cat.xarxa.practice.PracticeSubmission;
import cat.xarxa.practice.SubmissionStatus;
import cat.xarxa.spi.ExportSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The published good practices ({@code csv-good-practices}): one row per published practice, as
 * the store reads them, with its title, council, themes (separated by {@code "; "}), publication
 * date and the link of its systematisation sheet. The contact person is personal data and is
 * never written; nor is the summary, which may name people.
 */
final class GoodPracticesCsv implements CsvDataSet<GoodPracticesCsv.Row> {

    record Row(PracticeSubmission practice, Member council) {
    }

    private static final List<CsvColumn<Row>> COLUMNS = List.of(
            CsvColumn.text("title", row -> row.practice().title()),
            CsvColumn.text("council", row -> row.council() == null ? "" : row.council().name()),
            CsvColumn.text("council_official_code", row -> row.council() == null ? "" : row.council().officialCode()),
            CsvColumn.text("themes", row -> String.join("; ", row.practice().themes())),
            CsvColumn.date("published_on", row -> row.practice().publishedOn().toString()),
            CsvColumn.uri("sheet_link", row -> row.practice().sheet().link()));

    @Override
    public String id() {
        return "good-practices";
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
        try (Stream<PracticeSubmission> practices = source.practiceSubmissions()) {
            practices.filter(practice -> practice.status() == SubmissionStatus.PUBLISHED)
                    .map(practice -> new Row(practice, members.get(practice.council())))
                    .forEachOrdered(sink.unchecked());
        }
    }
}

package cat.xarxa.csv;

import cat.xarxa.member.Member;
import cat.xarxa.member.Population;
import cat.xarxa.spi.ExportSource;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The members ({@code csv}, also {@code csv-members}): one row per member, as the store reads
 * them, with its current status, the date of the last step of its history and the inhabitants of
 * the latest year with a figure. Members are public bodies: no personal data.
 */
final class MembersCsv implements CsvDataSet<Member> {

    private static final List<CsvColumn<Member>> COLUMNS = List.of(
            CsvColumn.text("id", member -> member.id().toString()),
            CsvColumn.text("kind", member -> member.kind().name()),
            CsvColumn.text("official_code", Member::officialCode),
            CsvColumn.text("name", Member::name),
            CsvColumn.text("status", member -> member.status().name()),
            CsvColumn.date("status_since", member -> member.history().get(member.history().size() - 1).since().toString()),
            CsvColumn.integer("population",
                    member -> latestFigure(member).map(figure -> Long.toString(figure.inhabitants())).orElse("")),
            CsvColumn.integer("population_year",
                    member -> latestFigure(member).map(figure -> Integer.toString(figure.year())).orElse("")));

    @Override
    public String id() {
        return "members";
    }

    @Override
    public List<CsvColumn<Member>> columns() {
        return COLUMNS;
    }

    @Override
    public void rows(ExportSource source, RowSink<Member> sink) {
        try (Stream<Member> members = source.members()) {
            members.forEachOrdered(sink.unchecked());
        }
    }

    /** The figure of the latest year: a member keeps its figures by year, oldest first. */
    private static Optional<Population> latestFigure(Member member) {
        List<Population> figures = member.population();
        return figures.isEmpty() ? Optional.empty() : Optional.of(figures.get(figures.size() - 1));
    }
}

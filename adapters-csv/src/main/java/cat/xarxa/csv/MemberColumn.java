package cat.xarxa.csv;

import cat.xarxa.member.Member;
import cat.xarxa.member.Population;
import cat.xarxa.member.StatusChange;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The columns of the {@code csv} export, in order, each with its header and its value for a
 * member; kept together so that the header and the rows cannot drift apart. Headers are
 * lower-case with underscores, as open-data portals prefer.
 */
enum MemberColumn {
    ID("id", member -> member.id().toString()),
    KIND("kind", member -> member.kind().name()),
    OFFICIAL_CODE("official_code", Member::officialCode),
    NAME("name", Member::name),
    STATUS("status", member -> member.status().name()),
    STATUS_SINCE("status_since", member -> lastStep(member).since().toString()),
    /** The inhabitants of the latest year with a figure; empty without figures. */
    POPULATION("population",
            member -> latestFigure(member).map(figure -> Long.toString(figure.inhabitants())).orElse("")),
    /** The year of that figure, so that a reader knows how recent it is; empty without figures. */
    POPULATION_YEAR("population_year",
            member -> latestFigure(member).map(figure -> Integer.toString(figure.year())).orElse(""));

    private final String header;
    private final Function<Member, String> value;

    MemberColumn(String header, Function<Member, String> value) {
        this.header = header;
        this.value = value;
    }

    /** The schema: every column in order, with a header row and RFC 4180's CRLF row ends. */
    static CsvSchema schema() {
        CsvSchema.Builder schema = CsvSchema.builder();
        for (MemberColumn column : values()) {
            schema.addColumn(column.header);
        }
        return schema.setUseHeader(true).setLineSeparator("\r\n").build();
    }

    /** A member's row, one value per column in order. */
    static List<String> rowOf(Member member) {
        return Arrays.stream(values()).map(column -> column.value.apply(member)).toList();
    }

    private static StatusChange lastStep(Member member) {
        return member.history().get(member.history().size() - 1);
    }

    /** The figure of the latest year: a member keeps its figures by year, oldest first. */
    private static Optional<Population> latestFigure(Member member) {
        List<Population> figures = member.population();
        return figures.isEmpty() ? Optional.empty() : Optional.of(figures.get(figures.size() - 1));
    }
}

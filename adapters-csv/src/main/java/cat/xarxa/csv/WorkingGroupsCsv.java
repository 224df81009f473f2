package cat.xarxa.csv;

import cat.xarxa.member.MemberId;
import cat.xarxa.spi.ExportSource;
import cat.xarxa.workinggroup.Participation;
import cat.xarxa.workinggroup.ProductStatus;
import cat.xarxa.workinggroup.WorkingGroup;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The working groups ({@code csv-working-groups}): one row per group, as the store reads them,
 * with its name, theme, current status and since when, how many councils have taken part
 * (coordinators included, each once, whether they are still in it or not) and how many products
 * it has published. Who takes part in person, the mandate and the minutes stay out.
 */
final class WorkingGroupsCsv implements CsvDataSet<WorkingGroup> {

    private static final List<CsvColumn<WorkingGroup>> COLUMNS = List.of(
            CsvColumn.text("name", WorkingGroup::name),
            CsvColumn.text("theme", WorkingGroup::theme),
            CsvColumn.text("status", group -> group.status().name()),
            CsvColumn.date("status_since", group -> group.history().get(group.history().size() - 1).on().toString()),
            CsvColumn.integer("councils", group -> Integer.toString(councilsOf(group).size())),
            CsvColumn.integer("published_products", group -> Long.toString(group.products().stream()
                    .filter(product -> product.status() == ProductStatus.PUBLISHED).count())));

    @Override
    public String id() {
        return "working-groups";
    }

    @Override
    public List<CsvColumn<WorkingGroup>> columns() {
        return COLUMNS;
    }

    @Override
    public void rows(ExportSource source, RowSink<WorkingGroup> sink) {
        try (Stream<WorkingGroup> groups = source.workingGroups()) {
            groups.forEachOrdered(sink.unchecked());
        }
    }

    private static Set<MemberId> councilsOf(WorkingGroup group) {
        Set<MemberId> councils = new HashSet<>(group.coordinators());
        group.participants().stream().map(Participation::council).forEach(councils::add);
        return councils;
    }
}

package cat.xarxa.csv;

import cat.xarxa.partner.Partner;
import cat.xarxa.partner.PartnerId;
import cat.xarxa.spi.ExportSource;
import cat.xarxa.workinggroup.GroupProduct;
import cat.xarxa.workinggroup.ProductStatus;
import cat.xarxa.workinggroup.WorkingGroup;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The working groups' published products ({@code csv-group-products}): one row per published
 * guide, campaign or report, by group as the store reads them, with the partner organisations that
 * co-author it by name (organisations, not people), separated by {@code "; "}.
 */
final class GroupProductsCsv implements CsvDataSet<GroupProductsCsv.Row> {

    record Row(WorkingGroup group, GroupProduct product, String partners) {
    }

    private static final List<CsvColumn<Row>> COLUMNS = List.of(
            CsvColumn.text("group", row -> row.group().name()),
            CsvColumn.text("title", row -> row.product().title()),
            CsvColumn.text("kind", row -> row.product().kind().name()),
            CsvColumn.date("published_on", row -> row.product().publishedOn().toString()),
            CsvColumn.text("partners", Row::partners));

    @Override
    public String id() {
        return "group-products";
    }

    @Override
    public List<CsvColumn<Row>> columns() {
        return COLUMNS;
    }

    @Override
    public void rows(ExportSource source, RowSink<Row> sink) {
        Map<PartnerId, String> partners = new HashMap<>();
        try (Stream<Partner> all = source.partners()) {
            all.forEach(partner -> partners.put(partner.id(), partner.name()));
        }
        try (Stream<WorkingGroup> groups = source.workingGroups()) {
            groups.flatMap(group -> group.products().stream()
                            .filter(product -> product.status() == ProductStatus.PUBLISHED)
                            .map(product -> new Row(group, product, product.partners().stream().map(partners::get)
                                    .filter(Objects::nonNull).collect(Collectors.joining("; ")))))
                    .forEachOrdered(sink.unchecked());
        }
    }
}

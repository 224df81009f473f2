package cat.xarxa.csv;

import cat.xarxa.member.MemberKind;
import cat.xarxa.member.Population;
import cat.xarxa.spi.ExportSource;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The fee assessments ({@code csv-fees}): one row per assessment issued by the day of the export,
 * by year and member official code, with what the fee was set from and what was paid and is
 * outstanding that day. Members are public bodies: no personal data. Amounts are plain decimals
 * with two places ({@code 150.00}), dates ISO ({@code 2026-08-30}).
 */
final class FeesCsv implements CsvDataSet<FeeRow> {

    private static final List<CsvColumn<FeeRow>> COLUMNS = List.of(
            CsvColumn.integer("year", row -> Integer.toString(row.assessment().year())),
            CsvColumn.text("member_official_code", row -> row.member() == null ? "" : row.member().officialCode()),
            CsvColumn.text("member_name", row -> row.member() == null ? "" : row.member().name()),
            // The member's kind when it was assessed.
            CsvColumn.text("kind", row -> row.assessment().kind().name()),
            CsvColumn.text("province", FeesCsv::provinceOf),
            CsvColumn.integer("population_year", row -> figure(row).map(p -> Integer.toString(p.year())).orElse("")),
            CsvColumn.integer("inhabitants", row -> figure(row).map(p -> Long.toString(p.inhabitants())).orElse("")),
            CsvColumn.decimal("annual_fee", row -> row.assessment().prorated().annualFee().toString()),
            CsvColumn.text("proration", row -> row.assessment().proration().name()),
            // The units of the year owed over the units of the year, e.g. 7/12.
            CsvColumn.text("owed_share", row -> row.assessment().prorated().owedUnits() + "/"
                    + row.assessment().prorated().unitsInYear()),
            CsvColumn.decimal("assessed", row -> row.assessment().assessed().toString()),
            // The corrections made by the export date; negative if they took off more than they added.
            CsvColumn.decimal("corrections", row -> row.line().total().minus(row.assessment().assessed()).toString()),
            CsvColumn.decimal("total", row -> row.line().total().toString()),
            CsvColumn.decimal("paid", row -> row.line().paid().toString()),
            CsvColumn.decimal("outstanding", row -> row.line().outstanding().toString()),
            CsvColumn.date("issued_on", row -> row.assessment().issuedOn().toString()),
            CsvColumn.date("due_on", row -> row.line().dueOn().toString()),
            CsvColumn.integer("days_overdue", row -> Long.toString(row.line().daysOverdue())),
            CsvColumn.text("in_arrears", row -> row.line().inArrears() ? "yes" : "no"),
            CsvColumn.date("as_of", row -> row.asOf().toString()));

    @Override
    public String id() {
        return "fees";
    }

    @Override
    public List<CsvColumn<FeeRow>> columns() {
        return COLUMNS;
    }

    @Override
    public void rows(ExportSource source, RowSink<FeeRow> sink) throws IOException {
        for (FeeRow row : FeeRows.of(source)) {
            sink.accept(row);
        }
    }

    private static Optional<Population> figure(FeeRow row) {
        return Optional.ofNullable(row.assessment().population());
    }

    /** The two-digit INE province of a town council; empty for other bodies, whose codes say none. */
    static String provinceOf(FeeRow row) {
        return row.assessment().kind() == MemberKind.MUNICIPALITY && row.member() != null
                ? row.member().officialCode().substring(0, 2) : "";
    }
}

package cat.xarxa.csv;

import cat.xarxa.member.MemberKind;
import cat.xarxa.member.Population;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The columns of the {@code csv-fees} export, in order, each with its header and its value for a
 * row; kept together so that the header and the rows cannot drift apart. Amounts are plain
 * decimals with two places ({@code 150.00}), dates ISO ({@code 2026-08-30}).
 */
enum FeeColumn {
    YEAR("year", row -> Integer.toString(row.assessment().year())),
    MEMBER_OFFICIAL_CODE("member_official_code", row -> row.member() == null ? "" : row.member().officialCode()),
    MEMBER_NAME("member_name", row -> row.member() == null ? "" : row.member().name()),
    /** The member's kind when it was assessed. */
    KIND("kind", row -> row.assessment().kind().name()),
    /** The two-digit INE province of a town council; empty for other bodies, whose codes say none. */
    PROVINCE("province", FeeColumn::provinceOf),
    /** The year of the population figure the fee was set from; empty if the rule used none. */
    POPULATION_YEAR("population_year", row -> figure(row).map(p -> Integer.toString(p.year())).orElse("")),
    INHABITANTS("inhabitants", row -> figure(row).map(p -> Long.toString(p.inhabitants())).orElse("")),
    ANNUAL_FEE("annual_fee", row -> row.assessment().prorated().annualFee().toString()),
    PRORATION("proration", row -> row.assessment().proration().name()),
    /** The units of the year owed over the units of the year, e.g. {@code 7/12}. */
    OWED_SHARE("owed_share", row -> row.assessment().prorated().owedUnits() + "/"
            + row.assessment().prorated().unitsInYear()),
    ASSESSED("assessed", row -> row.assessment().assessed().toString()),
    /** The corrections made by the export date, added up; negative if they took off more than they added. */
    CORRECTIONS("corrections", row -> row.line().total().minus(row.assessment().assessed()).toString()),
    TOTAL("total", row -> row.line().total().toString()),
    PAID("paid", row -> row.line().paid().toString()),
    OUTSTANDING("outstanding", row -> row.line().outstanding().toString()),
    ISSUED_ON("issued_on", row -> row.assessment().issuedOn().toString()),
    DUE_ON("due_on", row -> row.line().dueOn().toString()),
    DAYS_OVERDUE("days_overdue", row -> Long.toString(row.line().daysOverdue())),
    IN_ARREARS("in_arrears", row -> row.line().inArrears() ? "yes" : "no"),
    /** The export date every figure is at, so that a published file says when it was true. */
    AS_OF("as_of", row -> row.asOf().toString());

    private final String header;
    private final Function<FeeRow, String> value;

    FeeColumn(String header, Function<FeeRow, String> value) {
        this.header = header;
        this.value = value;
    }

    /** The schema: every column in order, with a header row and RFC 4180's CRLF row ends. */
    static CsvSchema schema() {
        CsvSchema.Builder schema = CsvSchema.builder();
        for (FeeColumn column : values()) {
            schema.addColumn(column.header);
        }
        return schema.setUseHeader(true).setLineSeparator("\r\n").build();
    }

    /** A row's values, one per column in order. */
    static List<String> valuesOf(FeeRow row) {
        return Arrays.stream(values()).map(column -> column.value.apply(row)).toList();
    }

    private static Optional<Population> figure(FeeRow row) {
        return Optional.ofNullable(row.assessment().population());
    }

    private static String provinceOf(FeeRow row) {
        return row.assessment().kind() == MemberKind.MUNICIPALITY && row.member() != null
                ? row.member().officialCode().substring(0, 2) : "";
    }
}

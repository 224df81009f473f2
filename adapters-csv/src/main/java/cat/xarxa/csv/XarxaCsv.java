package cat.xarxa.csv;

import cat.xarxa.spi.ExportFormat;
import cat.xarxa.spi.FormatProvider;
import cat.xarxa.spi.ImportFormat;
import java.util.List;

/**
 * Xarxa in CSV (la xarxa en CSV): the {@code csv} export of the members, one row each, for
 * spreadsheets and open-data portals. Registered in
 * {@code META-INF/services/cat.xarxa.spi.FormatProvider}, so {@code xarxa.export("csv", out)}
 * finds it.
 *
 * <p>The file is UTF-8 without a byte order mark, quoted as RFC 4180 says (a value is quoted only
 * if it holds a comma, a quote or a line break, and a quote inside is doubled), with rows ending
 * in CRLF and a header row:
 * <pre>
 * id,kind,official_code,name,status,status_since,population,population_year
 * 0a6f3c1e-2b4d-4e8f-9a1b-3c5d7e9f1a2b,MUNICIPALITY,081878,Sabadell,MEMBER,2026-04-20,221455,2025
 * 5c1e9a7b-4f3d-4b2a-8e6f-1d2c3b4a5f6e,MUNICIPALITY,081120,"Manlleu, Osona",APPLIED,2026-03-09,,
 * </pre>
 * {@code status} is the current status and {@code status_since} the date of the last step of the
 * member's history; {@code population} is the number of inhabitants of the latest year with a
 * figure and {@code population_year} that year, both empty for a member without figures (the
 * figures of other years and their sources are in the {@code json} export). Rows are written as
 * the store reads the members, never all in memory. The file holds public data about public
 * bodies only. It is for reading elsewhere: there is no {@code csv} import, because a row does
 * not hold a member's whole history; use {@code json} or {@code jsonl} to move a network.
 *
 * <p>{@code csv-needs} writes one row per need, with its member's code and name, category,
 * current status, dates and description, for the technical secretariat's spreadsheet:
 * <pre>
 * id,member_id,member_official_code,member_name,category,status,raised_on,expected_on,description
 * </pre>
 * Descriptions are free text written by the network's staff; review them before publishing.
 *
 * <p>{@code csv-census} writes the membership census on the day of the export, a figure a row:
 * <pre>
 * dimension,value,count
 * date,2026-06-30,
 * status,MEMBER,3
 * kind,MUNICIPALITY,3
 * province,08,2
 * population,represented,1920
 * population,members-without-figure,0
 * </pre>
 *
 * <p>{@code csv-fees} writes one row per fee assessment issued by the day of the export, by year
 * and member official code, with what the fee was set from and what was paid and is outstanding
 * that day (payments allocated over each member's account, as its statement does):
 * <pre>
 * year,member_official_code,member_name,kind,province,population_year,inhabitants,annual_fee,proration,owed_share,assessed,corrections,total,paid,outstanding,issued_on,due_on,days_overdue,in_arrears,as_of
 * 2026,081120,Manlleu,MUNICIPALITY,08,2025,21000,1050.00,BY_MONTH,7/12,612.50,0.00,612.50,300.00,312.50,2026-07-01,2026-08-30,31,yes,2026-09-30
 * </pre>
 */
public final class XarxaCsv implements FormatProvider {

    /** The provider {@link java.util.ServiceLoader} creates. */
    public XarxaCsv() {
    }

    /**
     * {@code csv} (members), {@code csv-needs} (the needs members raised), {@code csv-census},
     * {@code csv-fees} (the fee assessments and what is paid of them).
     */
    @Override
    public List<ExportFormat> exportFormats() {
        return List.of(new MemberCsvExport(), new NeedCsvExport(), new CensusCsvExport(), new FeeCsvExport());
    }

    /** None: see the class description. */
    @Override
    public List<ImportFormat> importFormats() {
        return List.of();
    }
}

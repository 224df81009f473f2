package cat.xarxa.csv;

import cat.xarxa.spi.ExportFormat;
import cat.xarxa.spi.FormatProvider;
import cat.xarxa.spi.ImportFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Xarxa in CSV (la xarxa en CSV): the network's data sets as CSV files for spreadsheets and
 * open-data portals, each with a JSON description of its own. Registered in
 * {@code META-INF/services/cat.xarxa.spi.FormatProvider}, so {@code xarxa.export("csv-events", out)}
 * finds it.
 *
 * <p>The exports: {@code csv} and {@code csv-members} (the members, the same file),
 * {@code csv-needs} (the needs members raised, for the secretariat: descriptions are free text),
 * {@code csv-census}, {@code csv-fees}, {@code csv-fee-summary}, {@code csv-working-groups},
 * {@code csv-group-products}, {@code csv-advisories}, {@code csv-mentorships},
 * {@code csv-good-practices} and {@code csv-events}; and for each, {@code <name>-metadata}
 * (e.g. {@code csv-events-metadata}): its title, description, licence, date, language, publisher
 * and columns, as JSON in the spirit of DCAT-AP. Apart from {@code csv-needs}, none holds personal
 * data: no person's name, email, phone or id, and no free text that may name people. The columns
 * of each are described in {@code docs/open-data.md}.
 *
 * <p>The files are UTF-8, quoted as RFC 4180 says (a value is quoted if it holds a comma, a quote
 * or a line break, a quote inside doubled), with rows ending in CRLF and a header row:
 * <pre>
 * id,kind,official_code,name,status,status_since,population,population_year
 * 0a6f3c1e-2b4d-4e8f-9a1b-3c5d7e9f1a2b,MUNICIPALITY,081878,Sabadell,MEMBER,2026-04-20,221455,2025
 * 5c1e9a7b-4f3d-4b2a-8e6f-1d2c3b4a5f6e,MUNICIPALITY,081120,"Manlleu, Osona",APPLIED,2026-03-09,,
 * </pre>
 * A text cell that a spreadsheet would read as a formula (starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return) is written with a single quote in front, and
 * quoted; plain numbers the library writes in numeric columns (e.g. {@code -50.00}) are left alone.
 *
 * <p>The provider {@link java.util.ServiceLoader} finds writes English headers and no byte order
 * mark. For other headers, a byte order mark (which spreadsheets need to open a UTF-8 file
 * directly), another licence or publisher in the metadata, give the facade a configured provider;
 * its formats have the same names and take the place of the default ones:
 * <pre>
 * Xarxa xarxa = Xarxa.builder()
 *         .formats(XarxaCsv.formats(Localisation.CATALAN, true)
 *                 .licence("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/")
 *                 .publisher("Xarxa de Municipis per l'Economia Social i Solidària"))
 *         .build();
 * </pre>
 * There is no CSV import: a row does not hold a record's whole history; use {@code json} or
 * {@code jsonl} to move a network.
 */
public final class XarxaCsv implements FormatProvider {

    private final CsvOptions options;

    /** The provider {@link java.util.ServiceLoader} creates: English headers, no byte order mark. */
    public XarxaCsv() {
        this(CsvOptions.DEFAULT);
    }

    private XarxaCsv(CsvOptions options) {
        this.options = options;
    }

    /**
     * The CSV formats with headers and metadata in a language, and with or without a byte order mark.
     *
     * @param language      Catalan, Spanish or English; any other language gives English
     * @param byteOrderMark whether every CSV file starts with the UTF-8 byte order mark
     * @return a provider to give {@code Xarxa.builder().formats(...)}
     */
    public static XarxaCsv formats(Locale language, boolean byteOrderMark) {
        return new XarxaCsv(CsvOptions.DEFAULT.withLanguage(language, byteOrderMark));
    }

    /**
     * The same formats, with another licence in the metadata (default CC BY 4.0).
     *
     * @param name the licence's name, e.g. {@code CC0 1.0}
     * @param url  its address; null or empty for none
     * @return a new provider
     */
    public XarxaCsv licence(String name, String url) {
        return new XarxaCsv(options.withLicence(name, url));
    }

    /**
     * The same formats, with another publisher in the metadata (default {@code Xarxa}).
     *
     * @param name who publishes the data
     * @return a new provider
     */
    public XarxaCsv publisher(String name) {
        return new XarxaCsv(options.withPublisher(name));
    }

    /** Every CSV export, {@code csv} first, then every metadata export. */
    @Override
    public List<ExportFormat> exportFormats() {
        MembersCsv members = new MembersCsv();
        List<CsvExport<?>> csv = List.of(
                new CsvExport<>("csv", members, options),
                new CsvExport<>("csv-members", members, options),
                csv(new NeedsCsv()),
                csv(new CensusCsv()),
                csv(new FeesCsv()),
                csv(new FeeSummaryCsv()),
                csv(new WorkingGroupsCsv()),
                csv(new GroupProductsCsv()),
                csv(new AdvisoriesCsv()),
                csv(new MentorshipsCsv()),
                csv(new GoodPracticesCsv()),
                csv(new EventsCsv()));
        List<ExportFormat> formats = new ArrayList<>(csv);
        csv.forEach(format -> formats.add(new MetadataExport(format, options)));
        return List.copyOf(formats);
    }

    private <R> CsvExport<R> csv(CsvDataSet<R> dataSet) {
        return new CsvExport<>("csv-" + dataSet.id(), dataSet, options);
    }

    /** None: see the class description. */
    @Override
    public List<ImportFormat> importFormats() {
        return List.of();
    }
}

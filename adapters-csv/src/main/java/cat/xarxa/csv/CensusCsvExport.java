package cat.xarxa.csv;

import cat.xarxa.member.Census;
import cat.xarxa.member.CensusCount;
import cat.xarxa.member.Member;
import cat.xarxa.spi.ExportFormat;
import cat.xarxa.spi.ExportSource;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * The {@code csv-census} export: the membership census on the day of the export, one figure a
 * row ({@code dimension,value,count}): bodies by status, full members by kind and by province,
 * the population represented and the full members without a population figure. Public data
 * about public bodies only, fit for an open-data portal.
 */
final class CensusCsvExport implements ExportFormat {

    static final String NAME = "csv-census";

    private static final ObjectWriter ROWS = CsvMapper.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
            .build()
            .writer(CsvSchema.builder().addColumn("dimension").addColumn("value").addColumn("count")
                    .setUseHeader(true).setLineSeparator("\r\n").build());

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void write(ExportSource source, OutputStream out) throws IOException {
        CensusCount count = new CensusCount(source.asOf());
        try (Stream<Member> members = source.members()) {
            members.forEach(count::add);
        }
        Census census = count.result();
        try (SequenceWriter rows = ROWS.writeValues(out)) {
            rows.write(List.of("date", census.date().toString(), ""));
            census.byStatus().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .forEach(e -> rows.write(List.of("status", e.getKey().name(), e.getValue().toString())));
            census.membersByKind().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .forEach(e -> rows.write(List.of("kind", e.getKey().name(), e.getValue().toString())));
            census.membersByProvince().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .forEach(e -> rows.write(List.of("province", e.getKey(), e.getValue().toString())));
            rows.write(List.of("population", "represented", Long.toString(census.populationRepresented())));
            rows.write(List.of("population", "members-without-figure", Long.toString(census.membersWithoutFigure())));
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
    }
}

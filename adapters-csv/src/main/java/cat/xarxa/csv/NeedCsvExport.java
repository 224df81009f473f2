package cat.xarxa.csv;

import cat.xarxa.care.Need;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberId;
import cat.xarxa.spi.ExportFormat;
import cat.xarxa.spi.ExportSource;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * The {@code csv-needs} export: one row per need with its member's code and name, for the
 * technical secretariat's spreadsheet of needs by category, member and period (filter and pivot
 * there). The members are read first into a small index (a network has tens or hundreds); the
 * needs are written as the store reads them.
 */
final class NeedCsvExport implements ExportFormat {

    static final String NAME = "csv-needs";

    private static final List<String> HEADERS = List.of("id", "member_id", "member_official_code", "member_name",
            "category", "status", "raised_on", "expected_on", "description");

    private static final ObjectWriter ROWS = CsvMapper.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
            .enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
            .build()
            .writer(schema());

    private static CsvSchema schema() {
        CsvSchema.Builder schema = CsvSchema.builder();
        HEADERS.forEach(schema::addColumn);
        return schema.setUseHeader(true).setLineSeparator("\r\n").build();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void write(ExportSource source, OutputStream out) throws IOException {
        Map<MemberId, Member> members = new HashMap<>();
        try (Stream<Member> all = source.members()) {
            all.forEach(member -> members.put(member.id(), member));
        }
        try (Stream<Need> needs = source.needs(); SequenceWriter rows = ROWS.writeValues(out)) {
            needs.forEachOrdered(need -> rows.write(rowOf(need, members.get(need.member()))));
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
    }

    private static List<String> rowOf(Need need, Member member) {
        return List.of(need.id().toString(), need.member().toString(),
                member == null ? "" : member.officialCode(), member == null ? "" : member.name(),
                need.category(), need.status().name(), need.raisedOn().toString(),
                need.expected().map(Object::toString).orElse(""), need.description());
    }
}

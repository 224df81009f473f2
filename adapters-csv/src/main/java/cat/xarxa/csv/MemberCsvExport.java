package cat.xarxa.csv;

import cat.xarxa.member.Member;
import cat.xarxa.spi.ExportFormat;
import cat.xarxa.spi.ExportSource;
import java.io.IOException;
import java.io.OutputStream;
import java.util.stream.Stream;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/** The {@code csv} export: a header, then one row per member, written as the store reads them. */
final class MemberCsvExport implements ExportFormat {

    static final String NAME = "csv";

    private static final ObjectWriter ROWS = CsvMapper.builder()
            // A format must not close the caller's stream.
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            // The generator's buffer reaches the stream when full; flushing after every row would
            // cost a system call per member on an unbuffered stream.
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
            // Quote only what RFC 4180 needs quoted, so that plain values stay plain.
            .enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
            .build()
            .writer(MemberColumn.schema());

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void write(ExportSource source, OutputStream out) throws IOException {
        try (Stream<Member> members = source.members(); SequenceWriter rows = ROWS.writeValues(out)) {
            members.forEachOrdered(member -> rows.write(MemberColumn.rowOf(member)));
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
    }
}

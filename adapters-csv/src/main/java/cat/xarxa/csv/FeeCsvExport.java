package cat.xarxa.csv;

import cat.xarxa.spi.ExportFormat;
import cat.xarxa.spi.ExportSource;
import java.io.IOException;
import java.io.OutputStream;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * The {@code csv-fees} export: one row per fee assessment, with its member's code, name, kind and
 * province, what the fee was set from, what was paid of it and what is outstanding at the export
 * date, for an open-data portal or the treasurer's spreadsheet. Members are public bodies: the
 * file holds no personal data.
 */
final class FeeCsvExport implements ExportFormat {

    static final String NAME = "csv-fees";

    private static final ObjectWriter ROWS = CsvMapper.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
            .enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
            .build()
            .writer(FeeColumn.schema());

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void write(ExportSource source, OutputStream out) throws IOException {
        try (SequenceWriter rows = ROWS.writeValues(out)) {
            for (FeeRow row : FeeRows.of(source)) {
                rows.write(FeeColumn.valuesOf(row));
            }
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
    }
}

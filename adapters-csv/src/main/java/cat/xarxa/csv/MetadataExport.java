package cat.xarxa.csv;

import cat.xarxa.spi.ExportFormat;
import cat.xarxa.spi.ExportSource;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The metadata of a CSV data set ({@code <name>-metadata}): a small JSON description in the spirit
 * of DCAT-AP, for an open-data portal: title and description, licence, the day of the export as
 * issued and modified, language, publisher, how the file is written and its columns with their
 * header, title and datatype, in the same language as the CSV's headers.
 */
final class MetadataExport implements ExportFormat {

    private static final ObjectWriter JSON = JsonMapper.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build()
            .writerWithDefaultPrettyPrinter();

    private final String name;
    private final CsvExport<?> csv;
    private final CsvOptions options;

    MetadataExport(CsvExport<?> csv, CsvOptions options) {
        this.name = csv.name() + "-metadata";
        this.csv = csv;
        this.options = options;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void write(ExportSource source, OutputStream out) throws IOException {
        try {
            JSON.writeValue(out, metadata(source.asOf().toString()));
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    private Map<String, Object> metadata(String asOf) {
        CsvDataSet<?> dataSet = csv.dataSet();
        Labels labels = new Labels(options.language());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("identifier", csv.name());
        json.put("title", labels.title(dataSet));
        json.put("description", labels.description(dataSet));
        Map<String, Object> licence = new LinkedHashMap<>();
        licence.put("name", options.licence());
        if (!options.licenceUrl().isEmpty()) {
            licence.put("url", options.licenceUrl());
        }
        json.put("license", licence);
        json.put("issued", asOf);
        json.put("modified", asOf);
        json.put("language", labels.language().getLanguage());
        json.put("publisher", Map.of("name", options.publisher()));
        Map<String, Object> distribution = new LinkedHashMap<>();
        distribution.put("format", csv.name());
        distribution.put("mediaType", "text/csv");
        distribution.put("encoding", "UTF-8");
        distribution.put("byteOrderMark", options.byteOrderMark());
        distribution.put("delimiter", ",");
        distribution.put("header", true);
        json.put("distribution", distribution);
        json.put("columns", columns(dataSet, labels));
        return json;
    }

    private static <R> List<Map<String, Object>> columns(CsvDataSet<R> dataSet, Labels labels) {
        List<Map<String, Object>> columns = new ArrayList<>();
        for (CsvColumn<R> column : dataSet.columns()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", labels.header(dataSet, column));
            entry.put("title", labels.columnTitle(dataSet, column));
            entry.put("datatype", column.type().datatype());
            if (column.type().format() != null) {
                entry.put("format", column.type().format());
            }
            columns.add(entry);
        }
        return columns;
    }
}

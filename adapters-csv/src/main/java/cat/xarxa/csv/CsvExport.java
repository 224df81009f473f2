package cat.xarxa.csv;

import cat.xarxa.spi.ExportFormat;
import cat.xarxa.spi.ExportSource;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A data set as a CSV export: a header row in the options' language, then the rows, every cell
 * guarded against formula injection ({@link Cells}), written by {@link CsvWriter}.
 *
 * @param <R> what a row of the data set is made of
 */
final class CsvExport<R> implements ExportFormat {

    private final String name;
    private final CsvDataSet<R> dataSet;
    private final CsvOptions options;

    CsvExport(String name, CsvDataSet<R> dataSet, CsvOptions options) {
        this.name = name;
        this.dataSet = dataSet;
        this.options = options;
    }

    @Override
    public String name() {
        return name;
    }

    CsvDataSet<R> dataSet() {
        return dataSet;
    }

    /** The header row, in the options' language. */
    static List<String> headers(CsvDataSet<?> dataSet, Labels labels) {
        return dataSet.columns().stream().map(column -> labels.header(dataSet, column)).toList();
    }

    @Override
    public void write(ExportSource source, OutputStream out) throws IOException {
        CsvWriter csv = new CsvWriter(out, options.byteOrderMark());
        csv.row(headers(dataSet, new Labels(options.language())));
        List<CsvColumn<R>> columns = dataSet.columns();
        try {
            dataSet.rows(source, row -> {
                List<String> cells = new ArrayList<>(columns.size());
                for (CsvColumn<R> column : columns) {
                    cells.add(column.cellOf(row));
                }
                csv.row(cells);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        csv.finish();
    }
}

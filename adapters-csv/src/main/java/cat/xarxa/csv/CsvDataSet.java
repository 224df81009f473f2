package cat.xarxa.csv;

import cat.xarxa.spi.ExportSource;
import java.io.IOException;
import java.util.List;

/**
 * One data set of the CSV exports: its id (the key of its titles in {@code OpenData.properties}),
 * its columns and its rows. The writing, the headers in each language, the guard against formula
 * injection and the metadata are shared ({@link CsvExport}, {@link MetadataExport}).
 *
 * @param <R> what a row is made of
 */
interface CsvDataSet<R> {

    /** The id, e.g. {@code events}; the export is {@code csv-} and the id, but for members. */
    String id();

    /** The columns, in order. */
    List<CsvColumn<R>> columns();

    /**
     * Hands every row, in order, to the sink; streams when it can (rows written as the store reads
     * them), otherwise reads what it needs first (a summary, a sorted list).
     */
    void rows(ExportSource source, RowSink<R> sink) throws IOException;
}

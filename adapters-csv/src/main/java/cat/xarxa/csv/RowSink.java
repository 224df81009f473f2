package cat.xarxa.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * Takes the rows of a data set ({@link CsvDataSet#rows}), one at a time, in order.
 *
 * @param <R> what a row is made of
 */
@FunctionalInterface
interface RowSink<R> {

    void accept(R row) throws IOException;

    /** The sink as a plain consumer for a stream's {@code forEach}: an I/O error is rethrown unchecked. */
    default Consumer<R> unchecked() {
        return row -> {
            try {
                accept(row);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}

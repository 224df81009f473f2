package cat.xarxa.spi;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads data written by the {@link ExportFormat} of the same name and hands each record to the
 * sink, which checks it. The import runs in one unit of work: if any record is wrong, nothing
 * is imported.
 */
public interface ImportFormat {

    /** The name users ask for, e.g. {@code json}. */
    String name();

    /**
     * Reads every record and passes each to the sink, with where it was found. Must not close
     * {@code in}.
     *
     * @throws ImportException if the input cannot be read as this format, naming where
     * @throws IOException     if reading fails
     */
    void read(InputStream in, ImportSink sink) throws IOException;
}

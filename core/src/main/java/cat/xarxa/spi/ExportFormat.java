package cat.xarxa.spi;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes the network's data in one format, e.g. {@code json}. It must stream: write each record
 * as it is read from the source, never the whole data set in memory.
 */
public interface ExportFormat {

    /** The name users ask for, e.g. {@code json}; lower case, unique. */
    String name();

    /**
     * Writes everything the source offers. Must not close {@code out}.
     *
     * @throws IOException if writing fails
     */
    void write(ExportSource source, OutputStream out) throws IOException;
}

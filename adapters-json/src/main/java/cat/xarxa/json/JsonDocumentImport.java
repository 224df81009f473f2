package cat.xarxa.json;

import cat.xarxa.common.Reason;
import cat.xarxa.spi.ImportException;
import cat.xarxa.spi.ImportFormat;
import cat.xarxa.spi.ImportSink;
import cat.xarxa.spi.RecordLocation;
import java.io.IOException;
import java.io.InputStream;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.JacksonIOException;

/**
 * The {@code json} import: reads a document written by {@link JsonDocumentExport} token by token
 * and hands each record, whatever its kind, to the sink as soon as it is read, so that a large
 * file is never held in memory.
 */
final class JsonDocumentImport implements ImportFormat {

    @Override
    public String name() {
        return JsonDocumentExport.NAME;
    }

    @Override
    public void read(InputStream in, ImportSink sink) throws IOException {
        WatchedInput watched = new WatchedInput(in);
        try (JsonParser parser = JsonStreams.parser(watched)) {
            new JsonDocumentReading(parser, sink).readDocument();
        } catch (JacksonIOException e) {
            throw notText(e, watched);
        }
    }

    /**
     * What an I/O error while parsing is: the stream's own failure is passed on; otherwise it is
     * about the bytes (not text in the encoding Jackson detected, UTF-8, UTF-16 or UTF-32), and
     * the file is refused as not JSON.
     *
     * @throws ImportException if the bytes are not text
     */
    static IOException notText(JacksonIOException e, WatchedInput in) {
        if (in.failed()) {
            return e.getCause();
        }
        throw new ImportException(new RecordLocation(1, 0), "",
                Reason.of("import.malformed", "JSON", e.getCause().getMessage()), e.getCause());
    }
}

package cat.xarxa.json;

import cat.xarxa.spi.ImportFormat;
import cat.xarxa.spi.ImportSink;
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
        try (JsonParser parser = JsonStreams.parser(in)) {
            new JsonDocumentReading(parser, sink).readDocument();
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
    }
}

package cat.xarxa.json;

import cat.xarxa.member.Member;
import cat.xarxa.member.MemberData;
import cat.xarxa.spi.ExportFormat;
import cat.xarxa.spi.ExportSource;
import java.io.IOException;
import java.io.OutputStream;
import java.util.stream.Stream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;

/**
 * The {@code json} export: one UTF-8 document,
 * {@code {"format":"xarxa","version":1,"members":[...]}}, one member per line, each written as
 * the store reads it.
 */
final class JsonDocumentExport implements ExportFormat {

    static final String NAME = "json";
    static final String MEMBERS = "members";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void write(ExportSource source, OutputStream out) throws IOException {
        try (Stream<Member> members = source.members(); JsonGenerator json = JsonStreams.documentGenerator(out)) {
            json.writeStartObject();
            json.writeStringProperty(Envelope.FORMAT, Envelope.FORMAT_NAME);
            json.writeNumberProperty(Envelope.VERSION, Envelope.CURRENT_VERSION);
            json.writeName(MEMBERS);
            json.writeStartArray();
            members.forEachOrdered(member -> {
                json.writeStartObject();
                MemberShape.writeFields(json, MemberData.of(member));
                json.writeEndObject();
            });
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
    }
}

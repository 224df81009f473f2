package cat.xarxa.json;

import cat.xarxa.member.Member;
import cat.xarxa.member.MemberData;
import cat.xarxa.member.Person;
import cat.xarxa.member.PersonData;
import cat.xarxa.spi.ExportFormat;
import cat.xarxa.spi.ExportSource;
import java.io.IOException;
import java.io.OutputStream;
import java.util.stream.Stream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;

/**
 * The {@code json} export: one UTF-8 document,
 * {@code {"format":"xarxa","version":1,"people":[...],"members":[...]}}, one record per line
 * ({@link OneRecordPerLine}), each written as the store reads it. People come first, so that a
 * reader meets a person before the mandates that name them.
 */
final class JsonDocumentExport implements ExportFormat {

    static final String NAME = "json";
    static final String PEOPLE = "people";
    static final String MEMBERS = "members";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void write(ExportSource source, OutputStream out) throws IOException {
        try (JsonGenerator json = JsonStreams.documentGenerator(out)) {
            json.writeStartObject();
            json.writeStringProperty(Envelope.FORMAT, Envelope.FORMAT_NAME);
            json.writeNumberProperty(Envelope.VERSION, Envelope.CURRENT_VERSION);
            json.writeName(PEOPLE);
            json.writeStartArray();
            // One stream open at a time: a store may hold a cursor for each.
            try (Stream<Person> people = source.people()) {
                people.forEachOrdered(person -> {
                    json.writeStartObject();
                    PersonShape.writeFields(json, PersonData.of(person));
                    json.writeEndObject();
                });
            }
            json.writeEndArray();
            json.writeName(MEMBERS);
            json.writeStartArray();
            try (Stream<Member> members = source.members()) {
                members.forEachOrdered(member -> {
                    json.writeStartObject();
                    MemberShape.writeFields(json, MemberData.of(member));
                    json.writeEndObject();
                });
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
    }
}

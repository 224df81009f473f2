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
 * The {@code jsonl} export: JSON Lines in UTF-8, one record per line ending in {@code \n}, each
 * naming its {@code type} first. The first line is a header with the {@link Envelope}, so that
 * even an empty network gives a file an import recognises; then one line per person, then one
 * per member, record {@code n} on line {@code n + 1}:
 * <pre>{@code
 * {"type":"header","format":"xarxa","version":1}
 * {"type":"person","id":"…","name":"Núria Puig","email":"npuig@sabadell.cat","phone":"","expertise":["cooperatives"]}
 * {"type":"member","id":"…","kind":"MUNICIPALITY","officialCode":"081878","name":"Sabadell","history":[…],"population":[…],"mandates":[…]}
 * }</pre>
 * If the source fails half way, the file written so far still ends at a record boundary, as
 * JSON Lines always does; the exception is what tells the caller to discard it. (A {@code json}
 * document, closed only at the end, cannot be mistaken for a smaller network.)
 */
final class JsonLinesExport implements ExportFormat {

    static final String NAME = "jsonl";
    static final String TYPE = "type";
    static final String HEADER_RECORD = "header";
    static final String PERSON_RECORD = "person";
    static final String MEMBER_RECORD = "member";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void write(ExportSource source, OutputStream out) throws IOException {
        try (JsonGenerator json = JsonStreams.linesGenerator(out)) {
            json.writeStartObject();
            json.writeStringProperty(TYPE, HEADER_RECORD);
            json.writeStringProperty(Envelope.FORMAT, Envelope.FORMAT_NAME);
            json.writeNumberProperty(Envelope.VERSION, Envelope.CURRENT_VERSION);
            json.writeEndObject();
            json.writeRaw('\n');
            // One stream open at a time: a store may hold a cursor for each.
            try (Stream<Person> people = source.people()) {
                people.forEachOrdered(person -> {
                    json.writeStartObject();
                    json.writeStringProperty(TYPE, PERSON_RECORD);
                    PersonShape.writeFields(json, PersonData.of(person));
                    json.writeEndObject();
                    json.writeRaw('\n');
                });
            }
            try (Stream<Member> members = source.members()) {
                members.forEachOrdered(member -> {
                    json.writeStartObject();
                    json.writeStringProperty(TYPE, MEMBER_RECORD);
                    MemberShape.writeFields(json, MemberData.of(member));
                    json.writeEndObject();
                    json.writeRaw('\n');
                });
            }
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
    }
}

package cat.xarxa.json;

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
 * even an empty network gives a file an import recognises; then one line per record, kind after
 * kind in {@link RecordType#IN_EXPORT_ORDER} (people, members, partners, needs, contacts,
 * meetings, fee policies, fee assessments, fee payments, hour banks, ledger entries, advisories,
 * advisory products, mentor profiles, mentorships, working groups, group budgets, budget entries,
 * body seats, events, assembly decisions, practice calls, practice submissions, trainings, work
 * plans), record {@code n} on line {@code n + 1}:
 * <pre>{@code
 * {"type":"header","format":"xarxa","schemaVersion":2}
 * {"type":"person","id":"…","name":"Núria Puig","email":"npuig@sabadell.cat","phone":"","expertise":["cooperatives"]}
 * {"type":"member","id":"…","kind":"MUNICIPALITY","officialCode":"081878","name":"Sabadell","history":[…],"population":[…],"mandates":[…]}
 * {"type":"partner","id":"…","name":"Coop57","kind":"COOPERATIVE","website":"https://coop57.coop","contactPerson":null}
 * {"type":"need","id":"…","member":"…","category":"training","description":"…","raisedOn":"2026-05-04","expectedOn":null,"followUps":[…]}
 * {"type":"contact","id":"…","member":"…","on":"2026-05-12","channel":"PHONE","topic":"FEE_PAYMENT","note":"…","person":null}
 * {"type":"meeting","id":"…","member":"…","on":"2026-05-04","format":"HYBRID","attendees":["…"],"notes":"…"}
 * {"type":"fee-policy","year":2026,"populationYear":2025,"approvedOn":"2026-03-14","decision":"AG 2026-03, acord 4","currency":"EUR","rule":{…},"terms":{…}}
 * {"type":"fee-assessment","id":"…","member":"…","kind":"MUNICIPALITY","year":2026,…,"amount":"833.33","corrections":[…]}
 * {"type":"fee-payment","id":"…","member":"…","kind":"PAYMENT","assessment":"…","on":"2026-05-20","currency":"EUR","amount":"500.00","reference":"…"}
 * {"type":"hour-bank","period":"2026","from":"2026-01-01","until":"2026-12-31","granted":"40:00","reserved":"4:00","consumed":"0:00","expired":"0:00"}
 * {"type":"ledger-entry","id":"…","period":"2026","kind":"RESERVATION","cause":"REQUEST","hours":"4:00","on":"2026-04-20","actor":"…","reference":"","advisory":"…","session":null}
 * {"type":"advisory","id":"…","period":"2026","topic":"…","package":{"hours":"4:00","sessions":2},"requests":[…],"provider":{…},"coProvider":null,"sessions":[…],"status":"OPEN","mergedInto":null,"reserved":"4:00","consumed":"0:00"}
 * {"type":"advisory-product","id":"…","advisory":"…","topic":"…","kind":"SOLUTIONS","title":"…","summary":"","link":"","published":false}
 * {"type":"mentor-profile","person":"…","council":"…","topics":["cooperatives"],"open":true,"capacity":2}
 * {"type":"mentorship","id":"…","mentor":"…","mentorCouncil":"…","mentee":"…","menteeCouncil":"…","topic":"cooperatives","proposal":"…","history":[…],"endsOn":"2027-03-10","extensions":[],"activities":"","meetings":[…],"documentation":null}
 * {"type":"working-group","id":"…","name":"Habitatge cooperatiu","theme":"housing-cooperatives","mandate":"…","need":null,"coordinators":["…"],"coordinator":"…","history":[…],"participants":[…],"meetings":[…],"products":[…]}
 * {"type":"group-budget","group":"…","year":2026,"currency":"EUR","allocated":"5000.00","increased":"0.00","committed":"1200.00","spent":"0.00"}
 * {"type":"budget-entry","id":"…","group":"…","year":2026,"kind":"ALLOCATION","currency":"EUR","amount":"5000.00","on":"2026-01-20","reference":"AG 2026-01","commitment":null}
 * {"type":"body-seat","id":"…","body":"TECHNICAL_COMMISSION","council":"…","person":"…","role":"member","from":"2026-03-14","until":null}
 * {"type":"event","id":"…","kind":"ORDINARY_ASSEMBLY","title":"…","on":"2026-03-14","startsAt":"10:00","endsAt":null,"format":"HYBRID","place":"…","link":"…","status":"HELD","attendance":[…]}
 * {"type":"assembly-decision","id":"…","assembly":"…","on":"2026-03-14","reference":"AG 2026-03 #1","title":"","motion":{"kind":"ADMISSION","member":"…"},"votes":[…],"tally":{…},"rules":{…},"outcome":"CARRIED"}
 * {"type":"practice-call","id":"…","title":"…","opensOn":"2026-02-01","deadline":"2026-04-30","priorities":["youth"]}
 * {"type":"practice-submission","id":"…","call":"…","council":"…","title":"…","promoters":["…"],"summary":"…","contact":"…","themes":["youth"],"submittedOn":"2026-04-10","status":"SUBMITTED","earlyDissemination":false,"reviewedOn":null,"sheet":null,"publishedOn":null}
 * {"type":"training","id":"…","council":"…","title":"…","topic":"responsible-public-procurement","from":"2026-10-05","to":"2026-10-26","format":"VIRTUAL","seats":20,"link":""}
 * {"type":"work-plan","id":"…","title":"Pla de treball 2026","firstYear":2026,"lastYear":2026,"adoptedOn":"2026-03-14","reference":"AG 2026-03","lines":[…]}
 * }</pre>
 * If the source fails half way, the file written so far still ends at a record boundary, as
 * JSON Lines always does; the exception is what tells the caller to discard it. (A {@code json}
 * document, closed only at the end, cannot be mistaken for a smaller network.)
 */
final class JsonLinesExport implements ExportFormat {

    static final String NAME = "jsonl";
    static final String TYPE = "type";
    static final String HEADER_RECORD = "header";

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
            json.writeNumberProperty(Envelope.SCHEMA_VERSION, Envelope.CURRENT_VERSION);
            json.writeEndObject();
            json.writeRaw('\n');
            for (RecordType<?> type : RecordType.IN_EXPORT_ORDER) {
                writeLines(json, source, type);
            }
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
    }

    /** Writes a line for every record of one kind, each as the source yields it. */
    private static <D> void writeLines(JsonGenerator json, ExportSource source, RecordType<D> type) {
        // One stream open at a time: a store may hold a cursor for each.
        try (Stream<D> records = type.exportedFrom(source)) {
            records.forEachOrdered(record -> {
                json.writeStartObject();
                json.writeStringProperty(TYPE, type.lineType());
                type.writeFields(json, record);
                json.writeEndObject();
                json.writeRaw('\n');
            });
        }
    }
}

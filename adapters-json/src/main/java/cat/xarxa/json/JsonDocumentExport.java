package cat.xarxa.json;

import cat.xarxa.spi.ExportFormat;
import cat.xarxa.spi.ExportSource;
import java.io.IOException;
import java.io.OutputStream;
import java.util.stream.Stream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;

/**
 * The {@code json} export: one UTF-8 document,
 * {@code {"format":"xarxa","schemaVersion":2,"people":[...],"members":[...],"partners":[...],"needs":[...],"contacts":[...],"meetings":[...],"feePolicies":[...],"feeAssessments":[...],"feePayments":[...],"hourBanks":[...],"ledgerEntries":[...],"advisories":[...],"advisoryProducts":[...],"mentorProfiles":[...],"mentorships":[...],"workingGroups":[...],"groupBudgets":[...],"budgetEntries":[...],"bodySeats":[...],"events":[...],"decisions":[...],"practiceCalls":[...],"practiceSubmissions":[...],"trainings":[...],"workPlans":[...]}},
 * one record per line ({@link OneRecordPerLine}), each written as the store reads it. The arrays
 * come in {@link RecordType#IN_EXPORT_ORDER}: a reader meets a person before the mandates that
 * name them, a member before its needs, contacts and meetings, a year's fee policy before
 * the assessments made under it, before the payments that pay them, and an hour bank before the
 * ledger entries and advisories charged to it, before the materials the advisories produced,
 * the mentors' profiles before the mentorships, a working group before its yearly budgets,
 * before their entries, an event before the decisions taken at it, a call before the practices
 * submitted to it, and every record a work plan's evidence may point at before the plans.
 * Every array is written, empty
 * ones as {@code []}, so that a reader sees the network has none rather than wonder.
 */
final class JsonDocumentExport implements ExportFormat {

    static final String NAME = "json";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void write(ExportSource source, OutputStream out) throws IOException {
        try (JsonGenerator json = JsonStreams.documentGenerator(out)) {
            json.writeStartObject();
            json.writeStringProperty(Envelope.FORMAT, Envelope.FORMAT_NAME);
            json.writeNumberProperty(Envelope.SCHEMA_VERSION, Envelope.CURRENT_VERSION);
            for (RecordType<?> type : RecordType.IN_EXPORT_ORDER) {
                writeArray(json, source, type);
            }
            json.writeEndObject();
            json.writeRaw('\n');
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
    }

    /** Writes the array of every record of one kind, each as the source yields it. */
    private static <D> void writeArray(JsonGenerator json, ExportSource source, RecordType<D> type) {
        json.writeName(type.arrayName());
        json.writeStartArray();
        // One stream open at a time: a store may hold a cursor for each.
        try (Stream<D> records = type.exportedFrom(source)) {
            records.forEachOrdered(record -> {
                json.writeStartObject();
                type.writeFields(json, record);
                json.writeEndObject();
            });
        }
        json.writeEndArray();
    }
}

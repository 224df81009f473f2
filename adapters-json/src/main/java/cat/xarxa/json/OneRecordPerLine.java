package cat.xarxa.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.util.MinimalPrettyPrinter;

/**
 * Lays out a {@code json} document with each record on a line of its own and nothing else
 * indented: a person can read it, a diff shows which record changed, and record {@code n} is on
 * line {@code n + 1}, so that an import error's line points at one record. For that, each array
 * of records ends on the line of its last record, which also opens the next array (empty arrays
 * in between stay on that line); {@code workPlans}, the document's last array, ends on a
 * line of its own when it holds any:
 * <pre>{@code
 * {"format":"xarxa","schemaVersion":2,"people":[
 * {"id":"…","name":"Núria Puig",…},
 * {"id":"…","name":"Jordi Solà",…}],"members":[
 * {"id":"…","kind":"MUNICIPALITY",…}],"partners":[],"needs":[
 * {"id":"…","member":"…",…}],"contacts":[],"meetings":[
 * {"id":"…","member":"…",…}],"feePolicies":[
 * {"year":2026,…}],"feeAssessments":[
 * {"id":"…","member":"…",…}],"feePayments":[
 * {"id":"…","member":"…",…}],"hourBanks":[
 * {"period":"2026",…}],"ledgerEntries":[
 * {"id":"…","period":"2026",…}],"advisories":[
 * {"id":"…","period":"2026",…}],"advisoryProducts":[
 * {"id":"…","advisory":"…",…}],"mentorProfiles":[
 * {"person":"…","council":"…",…}],"mentorships":[
 * {"id":"…","mentor":"…",…}],"workingGroups":[
 * {"id":"…","name":"Habitatge cooperatiu",…}],"groupBudgets":[
 * {"group":"…","year":2026,…}],"budgetEntries":[
 * {"id":"…","group":"…","year":2026,…}],"bodySeats":[
 * {"id":"…","body":"TECHNICAL_COMMISSION",…}],"events":[
 * {"id":"…","kind":"ORDINARY_ASSEMBLY",…}],"decisions":[
 * {"id":"…","assembly":"…",…}],"practiceCalls":[],"practiceSubmissions":[],"trainings":[],"workPlans":[
 * {"id":"…","title":"Pla de treball 2026",…}
 * ]}
 * }</pre>
 * Stateless, so one instance serves every generator.
 */
final class OneRecordPerLine extends MinimalPrettyPrinter {

    /** The document object is at depth 1; the arrays directly inside it, at 2. */
    private static final int TOP_LEVEL_ARRAY = 2;

    /** The name of the document's last array, which the export writes last. */
    private static final String LAST_ARRAY =
            RecordType.IN_EXPORT_ORDER.get(RecordType.IN_EXPORT_ORDER.size() - 1).arrayName();

    @Override
    public void beforeArrayValues(JsonGenerator json) {
        super.beforeArrayValues(json);
        if (isTopLevelArray(json)) {
            json.writeRaw('\n');
        }
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator json) {
        super.writeArrayValueSeparator(json);
        if (isTopLevelArray(json)) {
            json.writeRaw('\n');
        }
    }

    @Override
    public void writeEndArray(JsonGenerator json, int valueCount) {
        if (isTopLevelArray(json) && valueCount > 0 && isTheLast(json.streamWriteContext())) {
            json.writeRaw('\n');
        }
        super.writeEndArray(json, valueCount);
    }

    private static boolean isTopLevelArray(JsonGenerator json) {
        return json.streamWriteContext().getNestingDepth() == TOP_LEVEL_ARRAY;
    }

    /** Whether an array is the document's last, {@code workPlans}. */
    private static boolean isTheLast(TokenStreamContext array) {
        return LAST_ARRAY.equals(array.getParent().currentName());
    }
}

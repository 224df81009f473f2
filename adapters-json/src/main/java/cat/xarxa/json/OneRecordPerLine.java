package cat.xarxa.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.util.MinimalPrettyPrinter;

/**
 * Lays out a {@code json} document with each record, person or member, on a line of its own and
 * nothing else indented: a person can read it, a diff shows which record changed, and record
 * {@code n} is on line {@code n + 1}, so that an import error's line points at one record. For
 * that, the {@code people} array ends on the line of its last person, which also opens the
 * {@code members} array; {@code members}, the document's last array, ends on a line of its own:
 * <pre>{@code
 * {"format":"xarxa","version":1,"people":[
 * {"id":"…","name":"Núria Puig",…},
 * {"id":"…","name":"Jordi Solà",…}],"members":[
 * {"id":"…","kind":"MUNICIPALITY",…}
 * ]}
 * }</pre>
 * Stateless, so one instance serves every generator.
 */
final class OneRecordPerLine extends MinimalPrettyPrinter {

    /** The document object is at depth 1; the arrays directly inside it, at 2. */
    private static final int TOP_LEVEL_ARRAY = 2;

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
        if (isTopLevelArray(json) && valueCount > 0 && isTheMembers(json.streamWriteContext())) {
            json.writeRaw('\n');
        }
        super.writeEndArray(json, valueCount);
    }

    private static boolean isTopLevelArray(JsonGenerator json) {
        return json.streamWriteContext().getNestingDepth() == TOP_LEVEL_ARRAY;
    }

    /** Whether an array is the value of the document's {@code members}. */
    private static boolean isTheMembers(TokenStreamContext array) {
        return JsonDocumentExport.MEMBERS.equals(array.getParent().currentName());
    }
}

package cat.xarxa.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.util.MinimalPrettyPrinter;

/**
 * Lays out a {@code json} document with each member on a line of its own and nothing else
 * indented: a person can read it, a diff shows which member changed, and an import error's line
 * number points at one member (member {@code n} is on line {@code n + 1}). Stateless, so one
 * instance serves every generator.
 */
final class OneMemberPerLine extends MinimalPrettyPrinter {

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
        if (isTopLevelArray(json) && valueCount > 0) {
            json.writeRaw('\n');
        }
        super.writeEndArray(json, valueCount);
    }

    private static boolean isTopLevelArray(JsonGenerator json) {
        return json.streamWriteContext().getNestingDepth() == TOP_LEVEL_ARRAY;
    }
}

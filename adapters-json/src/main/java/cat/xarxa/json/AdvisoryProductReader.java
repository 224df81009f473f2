package cat.xarxa.json;

import static cat.xarxa.json.TreeFields.bool;
import static cat.xarxa.json.TreeFields.enumValue;
import static cat.xarxa.json.TreeFields.id;
import static cat.xarxa.json.TreeFields.object;
import static cat.xarxa.json.TreeFields.optionalText;
import static cat.xarxa.json.TreeFields.text;

import cat.xarxa.advisory.AdvisoryId;
import cat.xarxa.advisory.AdvisoryProduct;
import cat.xarxa.advisory.ProductId;
import cat.xarxa.advisory.ProductKind;
import tools.jackson.databind.JsonNode;

/**
 * Reads an advisory's material in {@link AdvisoryProductShape}'s shape, with version 0, as one
 * not yet stored. Refused here, naming the field: a missing value (only {@code summary} and
 * {@code link} may be missing, meaning none, and {@code published}, meaning not published), a
 * value of the wrong JSON type, an id that is not one and an unknown {@code kind}. Whether the
 * advisory is there is the import's to judge.
 */
final class AdvisoryProductReader {

    /** The record as files name it. */
    static final String RECORD = "advisory-product";

    private AdvisoryProductReader() {
    }

    /**
     * Reads the product at a node.
     *
     * @throws RecordProblem naming the field that cannot be read
     */
    static AdvisoryProduct read(JsonNode record) {
        object(record, "");
        return new AdvisoryProduct(id(record, AdvisoryProductShape.ID, "", ProductId::parse),
                id(record, AdvisoryProductShape.ADVISORY, "", AdvisoryId::parse),
                text(record, AdvisoryProductShape.TOPIC, ""),
                enumValue(record, AdvisoryProductShape.KIND, "", ProductKind.class),
                text(record, AdvisoryProductShape.TITLE, ""),
                optionalText(record, AdvisoryProductShape.SUMMARY, ""),
                optionalText(record, AdvisoryProductShape.LINK, ""),
                bool(record, AdvisoryProductShape.PUBLISHED, "", false),
                0);
    }
}

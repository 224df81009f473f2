package cat.xarxa.json;

import cat.xarxa.advisory.AdvisoryProduct;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON shape of a material an advisory produced, the same in both formats and in the Jackson
 * module:
 * <pre>{@code
 * {"id":"…","advisory":"…","topic":"responsible-public-procurement","kind":"SOLUTIONS","title":"Model de plec",
 *  "summary":"Clàusules socials per a la neteja","link":"https://xarxa.cat/materials/plec","published":true}
 * }</pre>
 * {@code summary} and {@code link} are {@code ""} when there is none. The store's version is not
 * written.
 */
final class AdvisoryProductShape {

    static final String ID = "id";
    static final String ADVISORY = "advisory";
    static final String TOPIC = "topic";
    static final String KIND = "kind";
    static final String TITLE = "title";
    static final String SUMMARY = "summary";
    static final String LINK = "link";
    static final String PUBLISHED = "published";

    private AdvisoryProductShape() {
    }

    /** Writes the product's fields into the object the generator has open. */
    static void writeFields(JsonGenerator json, AdvisoryProduct product) {
        json.writeStringProperty(ID, product.id().toString());
        json.writeStringProperty(ADVISORY, product.advisory().toString());
        json.writeStringProperty(TOPIC, product.topic());
        json.writeStringProperty(KIND, product.kind().name());
        json.writeStringProperty(TITLE, product.title());
        json.writeStringProperty(SUMMARY, product.summary());
        json.writeStringProperty(LINK, product.link());
        json.writeBooleanProperty(PUBLISHED, product.published());
    }
}

package cat.xarxa.advisory;

import java.util.Objects;

/**
 * A material an advisory produced (questions, answers, solutions) so that other councils can find
 * it by topic once it is published.
 *
 * @param id        the id
 * @param advisory  the advisory it came from
 * @param topic     the topic, the advisory's
 * @param kind      questions, answers or solutions
 * @param title     its title
 * @param summary   what it holds; may be empty
 * @param link      where it is, e.g. a document's address; may be empty
 * @param published whether other councils can find it
 * @param version   the version the store last saved; 0 if never stored
 */
public record AdvisoryProduct(ProductId id, AdvisoryId advisory, String topic, ProductKind kind, String title,
                              String summary, String link, boolean published, long version) {

    /** The aggregate type in the journal. */
    public static final String AGGREGATE_TYPE = "advisory-product";

    public AdvisoryProduct {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(advisory, "advisory");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        summary = summary == null ? "" : summary;
        link = link == null ? "" : link;
    }

    /** The same product as stored at a version. */
    public AdvisoryProduct withVersion(long storedVersion) {
        return new AdvisoryProduct(id, advisory, topic, kind, title, summary, link, published, storedVersion);
    }

    /** This product, published. */
    public AdvisoryProduct publishedVersion() {
        return new AdvisoryProduct(id, advisory, topic, kind, title, summary, link, true, version);
    }
}

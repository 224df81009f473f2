package cat.xarxa.workinggroup;

import cat.xarxa.partner.PartnerId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A product of a group, sometimes made with partner organisations (seed 000: a housing-cooperative
 * guide with the housing cooperatives federation; a care-policy guide with a feminist-economies group).
 *
 * @param id          the id
 * @param title       its title
 * @param kind        guide, campaign or report
 * @param status      planned, in progress or published
 * @param publishedOn when it was published; null until then
 * @param partners    the partner organisations that co-author it
 */
public record GroupProduct(GroupProductId id, String title, ProductKind kind, ProductStatus status, LocalDate publishedOn,
                           List<PartnerId> partners) {
    public GroupProduct {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        partners = List.copyOf(partners);
        if ((status == ProductStatus.PUBLISHED) != (publishedOn != null)) {
            throw new IllegalArgumentException("a product has a publication date exactly when it is published");
        }
    }
}

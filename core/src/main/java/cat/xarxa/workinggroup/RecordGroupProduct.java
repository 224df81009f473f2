package cat.xarxa.workinggroup;

import cat.xarxa.common.CommandValidator;
import cat.xarxa.partner.PartnerId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * Adds a product of a working group, or moves it on (planned, in progress, published).
 *
 * @param group the group
 * @param product the product to move on, or null for a new one
 * @param title its title
 * @param kind guide, campaign or report
 * @param status where it stands
 * @param publishedOn when published; only for published
 * @param partners partner organisations co-authoring it
 */
public record RecordGroupProduct(
        @NotNull WorkingGroupId group,
        GroupProductId product,
        @NotBlank @Size(max = 200) String title,
        @NotNull ProductKind kind,
        @NotNull ProductStatus status,
        LocalDate publishedOn,
        @NotNull List<@NotNull PartnerId> partners) {

    public RecordGroupProduct {
        CommandValidator.requireValid(RecordGroupProduct.class, group, product, title, kind, status, publishedOn, partners);
        title = title.trim();
        partners = List.copyOf(partners);
    }
}

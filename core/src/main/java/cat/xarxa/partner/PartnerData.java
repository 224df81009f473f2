package cat.xarxa.partner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A partner organisation as an import format reads it, before it is checked.
 *
 * @param id            the id as text (a UUID)
 * @param name          the name
 * @param kind          the kind
 * @param website       the website, or empty
 * @param contactPerson the contact person's id as text, or null
 */
public record PartnerData(
        @NotBlank @Size(max = 36) String id,
        @NotBlank @Size(max = 200) String name,
        @NotNull PartnerKind kind,
        @Size(max = 300) @Pattern(regexp = "(https?://\\S+)?", message = "{cat.xarxa.constraints.Website.message}") String website,
        @Size(max = 36) String contactPerson) {

    /** The data of a stored partner, as an export writes it. */
    public static PartnerData of(Partner partner) {
        return new PartnerData(partner.id().toString(), partner.name(), partner.kind(), partner.website(),
                partner.contact().map(Object::toString).orElse(null));
    }
}

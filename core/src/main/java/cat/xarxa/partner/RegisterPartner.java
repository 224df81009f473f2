package cat.xarxa.partner;

import cat.xarxa.common.CommandValidator;
import cat.xarxa.member.PersonId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Registers a partner organisation of the ecosystem.
 *
 * @param name          its name, e.g. {@code Federació de Cooperatives d'Habitatge de Catalunya}
 * @param kind          the kind of organisation
 * @param website       its website, {@code http://} or {@code https://}; may be null
 * @param contactPerson a registered person to contact; may be null
 */
public record RegisterPartner(
        @NotBlank @Size(max = 200) String name,
        @NotNull PartnerKind kind,
        @Size(max = 300) @Pattern(regexp = "https?://\\S+", message = "{cat.xarxa.constraints.Website.message}") String website,
        PersonId contactPerson) {

    public RegisterPartner {
        CommandValidator.requireValid(RegisterPartner.class, name, kind, website, contactPerson);
    }
}

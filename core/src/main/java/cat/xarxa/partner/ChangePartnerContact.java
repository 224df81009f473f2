package cat.xarxa.partner;

import cat.xarxa.common.CommandValidator;
import cat.xarxa.member.PersonId;
import jakarta.validation.constraints.NotNull;

/**
 * Sets a partner's contact person.
 *
 * @param partnerId the partner
 * @param person    a registered person, or null for none
 */
public record ChangePartnerContact(@NotNull PartnerId partnerId, PersonId person) {

    public ChangePartnerContact {
        CommandValidator.requireValid(ChangePartnerContact.class, partnerId, person);
    }
}

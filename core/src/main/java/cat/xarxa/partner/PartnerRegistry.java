package cat.xarxa.partner;

import cat.xarxa.common.Decision;
import java.util.List;
import java.util.Optional;

/** The registry of partner organisations: {@code xarxa.partners()}. */
public interface PartnerRegistry {

    /** Registers a partner; refused if the name is registered ({@code partner.already-registered}). */
    Decision<PartnerId> register(RegisterPartner command);

    /** Sets a partner's contact person. */
    Decision<Partner> changeContact(ChangePartnerContact command);

    /** The partner with this id. */
    Optional<Partner> find(PartnerId id);

    /** Every partner, in id order. */
    List<Partner> list();
}

package cat.xarxa.advisory;

import cat.xarxa.member.PersonId;
import cat.xarxa.partner.PartnerId;
import java.util.Objects;

/**
 * Who delivers an advisory: the technical secretariat, an expert person of a member council, or a
 * partner organisation of the ecosystem.
 *
 * @param kind    which of the three
 * @param person  the expert person, for {@link ProviderKind#EXPERT_PERSON}; null otherwise
 * @param partner the organisation, for {@link ProviderKind#PARTNER}; null otherwise
 */
public record Provider(ProviderKind kind, PersonId person, PartnerId partner) {

    /** The technical secretariat. */
    public static final Provider SECRETARIAT = new Provider(ProviderKind.SECRETARIAT, null, null);

    public Provider {
        Objects.requireNonNull(kind, "kind");
        if ((kind == ProviderKind.EXPERT_PERSON) != (person != null) || (kind == ProviderKind.PARTNER) != (partner != null)) {
            throw new IllegalArgumentException("an expert names a person, a partner names an organisation: " + kind);
        }
    }

    /** An expert person of a member council. */
    public static Provider expert(PersonId person) {
        return new Provider(ProviderKind.EXPERT_PERSON, Objects.requireNonNull(person, "person"), null);
    }

    /** A partner organisation. */
    public static Provider partner(PartnerId partner) {
        return new Provider(ProviderKind.PARTNER, null, Objects.requireNonNull(partner, "partner"));
    }

    /** A key for reports: {@code SECRETARIAT}, {@code EXPERT_PERSON:<id>} or {@code PARTNER:<id>}. */
    public String key() {
        return switch (kind) {
            case SECRETARIAT -> kind.name();
            case EXPERT_PERSON -> kind.name() + ":" + person;
            case PARTNER -> kind.name() + ":" + partner;
        };
    }
}

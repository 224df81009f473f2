package cat.xarxa.partner;

import cat.xarxa.member.PersonId;
import java.util.Objects;
import java.util.Optional;

/**
 * An organisation of the ecosystem the network works with but that is not a member (entitat
 * col·laboradora): a federation, a network, a cooperative, another administration. Advisories
 * are given jointly with partners and products written with them. Its contact person is a
 * registered person, referred to by id (personal data stays with the person). Immutable.
 *
 * @param id            the id
 * @param name          the name, unique in the registry
 * @param kind          the kind of organisation
 * @param website       its website ({@code https://...}), or empty
 * @param contactPerson the person to contact, or null
 * @param version       the version the store last saved; 0 if never stored
 */
public record Partner(PartnerId id, String name, PartnerKind kind, String website, PersonId contactPerson, long version) {

    /** The aggregate type in the journal. */
    public static final String AGGREGATE_TYPE = "partner";

    public Partner {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a partner's name must not be blank");
        }
        website = website == null ? "" : website;
    }

    /** The contact person, if any. */
    public Optional<PersonId> contact() {
        return Optional.ofNullable(contactPerson);
    }

    /** The same partner as stored at a new version. */
    public Partner withVersion(long storedVersion) {
        return new Partner(id, name, kind, website, contactPerson, storedVersion);
    }

    /** The same partner with another contact person (or none). */
    public Partner withContact(PersonId person) {
        return new Partner(id, name, kind, website, person, version);
    }
}

package cat.xarxa.member;

import cat.xarxa.common.PersonalData;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A person of the network (persona): a council's representative or technician, a mentor, a
 * contact. Name, email and phone are personal data; the areas of expertise are not, and feed the
 * directory of expertise. Immutable and thread-safe.
 *
 * @param id        the id; never null
 * @param name      the person's name; never blank
 * @param email     an email address, or empty
 * @param phone     a phone number, or empty
 * @param expertise areas of expertise as tags (see {@link Expertise}), sorted; never null
 * @param version   the version the store last saved; 0 if never stored
 */
public record Person(PersonId id, @PersonalData String name, @PersonalData String email, @PersonalData String phone,
                     Set<String> expertise, long version) {

    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a person's name must not be blank");
        }
        email = email == null ? "" : email;
        phone = phone == null ? "" : phone;
        expertise = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(expertise));
        for (String tag : expertise) {
            if (!Expertise.isTag(tag)) {
                throw new IllegalArgumentException("not an expertise tag: '" + tag + "'");
            }
        }
    }

    /** The same person as stored at a new version. */
    public Person withVersion(long storedVersion) {
        return new Person(id, name, email, phone, expertise, storedVersion);
    }

    /** The same person with these areas of expertise. */
    public Person withExpertise(Set<String> tags) {
        return new Person(id, name, email, phone, tags, version);
    }

    /**
     * The name an erased person goes by: {@code Persona esborrada 7f3a}, the same in every
     * language, derived from the id alone so that it is stable and says nothing of the old name.
     */
    public static String placeholderName(PersonId id) {
        return String.format("%s %04x", ERASED_PREFIX, id.value().hashCode() & 0xffff);
    }

    /** How the name of an erased person begins. */
    public static final String ERASED_PREFIX = "Persona esborrada";

    /**
     * The same person pseudonymised: the placeholder for a name, no email, no phone, no areas of
     * expertise; the id, and so every link to the person, stays.
     */
    public Person pseudonymised() {
        return new Person(id, placeholderName(id), "", "", Set.of(), version);
    }

    /** Whether the person knows about a tag. */
    public boolean knowsAbout(String tag) {
        return expertise.contains(Expertise.normalise(tag));
    }
}

package cat.xarxa.member;

import cat.xarxa.common.Decision;
import java.util.List;
import java.util.Optional;

/**
 * The people of the network and the directory of expertise: {@code xarxa.people()}.
 */
public interface PeopleDirectory {

    /** Registers a person; accepted with the new id. */
    Decision<PersonId> register(RegisterPerson command);

    /** Sets a person's areas of expertise. */
    Decision<Person> changeExpertise(ChangeExpertise command);

    /** The person with this id. */
    Optional<Person> find(PersonId id);

    /**
     * Who knows about an area: the directory of expertise, e.g. {@code withExpertise("responsible
     * public procurement")}; the text is read as a tag ({@link Expertise#normalise}).
     */
    List<Person> withExpertise(String area);

    /** Every person, in id order. */
    List<Person> list();
}

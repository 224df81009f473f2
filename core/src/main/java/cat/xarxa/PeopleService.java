package cat.xarxa;

import cat.xarxa.common.Decision;
import cat.xarxa.common.IdSource;
import cat.xarxa.common.Reason;
import cat.xarxa.member.ChangeExpertise;
import cat.xarxa.member.Expertise;
import cat.xarxa.member.ExpertiseChanged;
import cat.xarxa.member.PeopleDirectory;
import cat.xarxa.member.Person;
import cat.xarxa.member.PersonId;
import cat.xarxa.member.PersonRegistered;
import cat.xarxa.member.RegisterPerson;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** {@link PeopleDirectory} over a store: each command is one unit of work. */
final class PeopleService implements PeopleDirectory {

    private final UnitOfWork work;
    private final IdSource ids;

    PeopleService(UnitOfWork work, IdSource ids) {
        this.work = work;
        this.ids = ids;
    }

    @Override
    public Decision<PersonId> register(RegisterPerson command) {
        PersonId id = new PersonId(ids.nextId());
        Set<String> tags = tags(command.expertise());
        Person person = new Person(id, command.name().trim(), blankToEmpty(command.email()), blankToEmpty(command.phone()), tags, 0);
        return work.run(scope -> {
            long version = scope.tx().people().save(person);
            scope.record(Decision.accepted(person, new PersonRegistered(id, tags)), version);
            return Decision.<PersonId>accepted(id, new PersonRegistered(id, tags));
        });
    }

    @Override
    public Decision<Person> changeExpertise(ChangeExpertise command) {
        Set<String> tags = tags(command.expertise());
        return work.run(scope -> scope.tx().people().find(command.personId())
                .map(person -> {
                    Person changed = person.withExpertise(tags);
                    long version = scope.tx().people().save(changed);
                    Decision<Person> decision = Decision.accepted(changed.withVersion(version),
                            new ExpertiseChanged(person.id(), tags));
                    return scope.record(decision, version);
                })
                .orElseGet(() -> Decision.rejected(Reason.of("person.not-found", command.personId()))));
    }

    @Override
    public Optional<Person> find(PersonId id) {
        return work.read(tx -> tx.people().find(id));
    }

    @Override
    public List<Person> withExpertise(String area) {
        String tag = Expertise.normalise(area);
        return work.read(tx -> tx.people().withExpertise(tag));
    }

    @Override
    public List<Person> list() {
        return work.read(tx -> {
            try (Stream<Person> all = tx.people().all()) {
                return all.toList();
            }
        });
    }

    /** Areas as typed become tags (the commands make sure each has a letter or digit to keep). */
    private static Set<String> tags(Set<String> areas) {
        return areas.stream().map(Expertise::normalise).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private static String blankToEmpty(String text) {
        return text == null ? "" : text.trim();
    }
}

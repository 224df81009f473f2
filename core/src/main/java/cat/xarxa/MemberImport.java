package cat.xarxa;

import cat.xarxa.common.CommandValidator;
import cat.xarxa.common.Decision;
import cat.xarxa.common.Reason;
import cat.xarxa.common.TaxId;
import cat.xarxa.common.Violation;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberData;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.Expertise;
import cat.xarxa.member.Mandate;
import cat.xarxa.member.MemberImported;
import cat.xarxa.member.Person;
import cat.xarxa.member.PersonData;
import cat.xarxa.member.PersonId;
import cat.xarxa.member.PersonRegistered;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.Population;
import cat.xarxa.member.MemberRules;
import cat.xarxa.member.StatusChange;
import cat.xarxa.spi.ImportException;
import cat.xarxa.spi.ImportSink;
import cat.xarxa.spi.RecordLocation;
import java.util.List;
import java.util.Optional;

/**
 * Checks each imported member and stores it in the import's unit of work. The first wrong
 * record throws, which rolls the whole import back.
 */
final class MemberImport implements ImportSink {

    private final UnitOfWork.Scope scope;
    private final String format;
    private long imported;
    private long importedPeople;

    MemberImport(UnitOfWork.Scope scope, String format) {
        this.scope = scope;
        this.format = format;
    }

    @Override
    public void member(RecordLocation where, MemberData data) {
        List<Violation> violations = CommandValidator.violationsOf(data);
        if (!violations.isEmpty()) {
            Violation first = violations.get(0);
            throw new ImportException(where, first.field(), first::message, null);
        }
        MemberId id = parseId(where, data.id());
        List<StatusChange> history = data.history().stream()
                .map(s -> new StatusChange(s.status(), s.since(), s.reference())).toList();
        Optional<Reason> historyProblem = MemberRules.historyProblem(history);
        if (historyProblem.isPresent()) {
            throw new ImportException(where, "history", historyProblem.get(), null);
        }
        if (scope.tx().members().find(id).isPresent()) {
            throw new ImportException(where, "id", Reason.of("import.duplicate-id", id), null);
        }
        String officialCode = data.kind() == MemberKind.OTHER_PUBLIC_BODY ? TaxId.normalise(data.officialCode())
                : data.officialCode();
        Optional<Member> sameCode = scope.tx().members().findByOfficialCode(data.kind(), officialCode);
        Optional<Reason> taken = sameCode.map(m -> Reason.of("member.already-registered", officialCode, m.name(), m.status()));
        if (taken.isPresent()) {
            throw new ImportException(where, "officialCode", taken.get(), null);
        }
        List<Population> population = data.population().stream()
                .map(f -> new Population(f.year(), f.inhabitants(), f.source().trim())).toList();
        if (population.stream().map(Population::year).distinct().count() != population.size()) {
            throw new ImportException(where, "population", Reason.of("import.duplicate-year"), null);
        }
        List<Mandate> mandates = new java.util.ArrayList<>();
        for (MemberData.Term term : data.mandates()) {
            PersonId person = parsePerson(where, term.person());
            if (term.to() != null && !term.to().isAfter(term.from())) {
                throw new ImportException(where, "mandates", Reason.of("mandate.date-before-start", term.to(), term.from()), null);
            }
            mandates.add(new Mandate(person, term.role(), term.from(), term.to()));
        }
        Optional<Reason> mandatesProblem = MemberRules.mandatesProblem(mandates);
        if (mandatesProblem.isPresent()) {
            throw new ImportException(where, "mandates", mandatesProblem.get(), null);
        }
        Member member = Member.restore(id, data.kind(), officialCode, data.name().trim(), history, population, mandates, 0);
        long version = scope.tx().members().save(member);
        scope.record(Decision.accepted(member, new MemberImported(id, member.officialCode(), member.status(), format)), version);
        imported++;
    }

    @Override
    public void person(RecordLocation where, PersonData data) {
        List<Violation> violations = CommandValidator.violationsOf(data);
        if (!violations.isEmpty()) {
            Violation first = violations.get(0);
            throw new ImportException(where, first.field(), first::message, null);
        }
        PersonId id = parsePerson(where, data.id());
        if (scope.tx().people().find(id).isPresent()) {
            throw new ImportException(where, "id", Reason.of("import.duplicate-id", id), null);
        }
        java.util.Set<String> tags = new java.util.TreeSet<>();
        data.expertise().forEach(area -> tags.add(Expertise.normalise(area)));
        Person person = new Person(id, data.name().trim(), blankToEmpty(data.email()), blankToEmpty(data.phone()), tags, 0);
        long version = scope.tx().people().save(person);
        scope.record(Decision.accepted(person, new PersonRegistered(id, tags)), version);
        importedPeople++;
    }

    private static String blankToEmpty(String text) {
        return text == null ? "" : text.trim();
    }

    private static PersonId parsePerson(RecordLocation where, String text) {
        try {
            return PersonId.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ImportException(where, "id", Reason.of("import.not-an-id", text), e);
        }
    }

    private static MemberId parseId(RecordLocation where, String text) {
        try {
            return MemberId.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ImportException(where, "id", Reason.of("import.not-an-id", text), e);
        }
    }

    long imported() {
        return imported;
    }

    long importedPeople() {
        return importedPeople;
    }
}

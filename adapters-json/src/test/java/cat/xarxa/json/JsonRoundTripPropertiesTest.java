package cat.xarxa.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cat.xarxa.ImportReport;
import cat.xarxa.Xarxa;
import cat.xarxa.common.Decision;
import cat.xarxa.common.Municipalities;
import cat.xarxa.common.Municipality;
import cat.xarxa.member.Expertise;
import cat.xarxa.member.Mandate;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.MemberStatus;
import cat.xarxa.member.Person;
import cat.xarxa.member.PersonId;
import cat.xarxa.member.Population;
import cat.xarxa.member.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Whatever a network holds (town councils, county councils and public bodies, any path through
 * the lifecycle with its referrals and re-admissions, population figures, people with or without
 * an email and a phone and with up to three areas of expertise, mandates appointed, handed over
 * and ended, names, references and sources with accents, quotes, line breaks and characters
 * beyond the BMP), exporting it, importing the file into an empty network and exporting again
 * gives the same bytes, the same members and the same people.
 */
class JsonRoundTripPropertiesTest {

    private static final List<Municipality> MUNICIPALITIES = List.copyOf(Municipalities.official().all());
    private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    private static final String AWKWARD_CHARACTERS =
            "abcdefghijklmnopqrstuvwxyzàèéíïòóúüçñ·ABCÀÉÍÑÇ0123456789 ,;:'\"\\/{}[]\n\t\r";
    /** Where population figures come from, as people write it, and the characters that make it hard. */
    private static final List<String> SOURCE_PARTS = List.of("INE", "Idescat", "padró", " municipal", ", ", "1/1/2025",
            "col·lecció", "Cel·la", "l·l", "à", "ç", "ñ", "Sant Llorenç Savall", "Ajuntament de l'Hospitalet",
            "\"", "'", "\n", "\r\n", " ", "revisió «oficial»", "😀", "\u2028");
    private static final int MAX_SOURCE_LENGTH = 200;
    /** Names as people write them, with the letters, apostrophes and quotes Catalan names have. */
    private static final List<String> PERSON_NAME_PARTS = List.of("Núria", "Jordi", "Mercè", "Àngels", "Martí", "Roser",
            "Puig", "i", "Ferrer", "Sol·là", "Col·lell", "d'Ossó", "de l'Hospitalet", "Castellà", "Güell", "Ñúñez",
            "\"el Xic\"", "«la Rossa»", "\n", " ", "-", "'");

    @Property(tries = 50)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void a_json_export_imported_elsewhere_exports_the_same_bytes(@ForAll("networks") Network network) {
        assertTheRoundTripKeepsEverything("json", network);
        reportWhatWasGenerated(network);
    }

    @Property(tries = 50)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void a_json_lines_export_imported_elsewhere_exports_the_same_bytes(@ForAll("networks") Network network) {
        assertTheRoundTripKeepsEverything("jsonl", network);
        reportWhatWasGenerated(network);
    }

    private static void assertTheRoundTripKeepsEverything(String format, Network network) {
        String first = Networks.export(format, network.people(), network.members());
        try (Xarxa elsewhere = Networks.inMemory()) {
            assertEquals(new ImportReport(format, network.members().size(), network.people().size()),
                    Networks.importInto(elsewhere, format, first));

            assertEquals(first, Networks.export(elsewhere, format));
            assertEquals(Networks.unversioned(network.members()), Networks.unversioned(elsewhere.members().list()));
            assertEquals(Networks.unversionedPeople(network.people()), Networks.unversionedPeople(elsewhere.people().list()));
        }
    }

    /** People, and members whose mandates name them. */
    record Network(List<Person> people, List<Member> members) {
    }

    /**
     * Counts the kinds, the lifecycle paths, the numbers of figures, what people gave and what
     * happened to mandates, and fails the property if any of them never came up: a generator that
     * stopped reaching re-admissions or handovers would otherwise go unnoticed. The counts are not
     * printed; a failed check names what never came up.
     */
    private static void reportWhatWasGenerated(Network network) {
        for (Member member : network.members()) {
            Statistics.label("kind").collect(member.kind());
            Statistics.label("figures").collect(member.population().size());
            for (String path : pathsOf(member)) {
                Statistics.label("lifecycle").collect(path);
            }
            for (String event : mandateEventsOf(member)) {
                Statistics.label("mandates").collect(event);
            }
        }
        for (Person person : network.people()) {
            Statistics.label("email").collect(person.email().isEmpty() ? "none" : "given");
            Statistics.label("phone").collect(person.phone().isEmpty() ? "none" : "given");
            Statistics.label("expertise").collect(person.expertise().size());
            Statistics.label("person name").collect(person.name().contains("\n") ? "with a line break"
                    : person.name().contains("\"") ? "with quotes" : "on one line");
        }
        Statistics.label("kind").coverage(kinds -> {
            for (MemberKind kind : MemberKind.values()) {
                kinds.check(kind).count(times -> times > 0);
            }
        });
        Statistics.label("figures").coverage(figures -> {
            for (int count = 0; count <= 4; count++) {
                figures.check(count).count(times -> times > 0);
            }
        });
        Statistics.label("lifecycle").coverage(paths -> {
            for (String path : List.of("still applied", "referred to an assembly", "admitted without referral",
                    "admitted after referral", "withdrawn before admission", "withdrawn after admission", "applied again",
                    "re-admitted")) {
                paths.check(path).count(times -> times > 0);
            }
        });
        Statistics.label("mandates").coverage(events -> {
            for (String event : List.of("appointed", "handed over", "ended", "still open", "of every role")) {
                events.check(event).count(times -> times > 0);
            }
        });
        Statistics.label("email").coverage(emails -> {
            emails.check("none").count(times -> times > 0);
            emails.check("given").count(times -> times > 0);
        });
        Statistics.label("phone").coverage(phones -> {
            phones.check("none").count(times -> times > 0);
            phones.check("given").count(times -> times > 0);
        });
        Statistics.label("expertise").coverage(tags -> {
            for (int count = 0; count <= 3; count++) {
                tags.check(count).count(times -> times > 0);
            }
        });
        Statistics.label("person name").coverage(names -> {
            names.check("with a line break").count(times -> times > 0);
            names.check("with quotes").count(times -> times > 0);
        });
    }

    /**
     * What the mandates of a member show: a mandate that ended the day another of the same role
     * started was handed over; one that ended otherwise was ended; each one started by appointment
     * rather than by a handover was appointed.
     */
    private static List<String> mandateEventsOf(Member member) {
        List<String> events = new ArrayList<>();
        for (Mandate mandate : member.mandates()) {
            boolean succeeded = member.mandates().stream().anyMatch(other -> other != mandate
                    && other.role() == mandate.role() && other.from().equals(mandate.to()));
            boolean succeeds = member.mandates().stream().anyMatch(other -> other != mandate
                    && other.role() == mandate.role() && mandate.from().equals(other.to()));
            if (mandate.isOpen()) {
                events.add("still open");
            } else {
                events.add(succeeded ? "handed over" : "ended");
            }
            if (!succeeds) {
                events.add("appointed");
            }
        }
        if (member.mandates().stream().map(Mandate::role).distinct().count() == Role.values().length) {
            events.add("of every role");
        }
        return events;
    }

    /** The ways through the lifecycle a member's history shows. */
    private static List<String> pathsOf(Member member) {
        List<String> paths = new ArrayList<>();
        if (member.history().size() == 1) {
            paths.add("still applied");
        }
        for (int i = 1; i < member.history().size(); i++) {
            MemberStatus before = member.history().get(i - 1).status();
            MemberStatus after = member.history().get(i).status();
            paths.add(switch (after) {
                case APPLIED -> "applied again";
                case PENDING -> "referred to an assembly";
                case MEMBER -> before == MemberStatus.APPLIED ? "admitted without referral" : "admitted after referral";
                case WITHDRAWN -> before == MemberStatus.MEMBER ? "withdrawn after admission" : "withdrawn before admission";
            });
        }
        if (member.periods().size() > 1) {
            paths.add("re-admitted");
        }
        return paths;
    }

    /** Up to six people, and up to a dozen members with distinct official codes and ids whose mandates name them. */
    @Provide
    Arbitrary<Network> networks() {
        Arbitrary<List<BiFunction<MemberId, List<PersonId>, Member>>> members = Combinators.combine(
                        bodies(), histories(), populations(), mandateSteps())
                .as(JsonRoundTripPropertiesTest::member)
                .list().ofMaxSize(12)
                .uniqueElements(member -> member.apply(new MemberId(new UUID(0, 0)), List.of()).officialCode());
        Arbitrary<List<Function<PersonId, Person>>> people = person().list().ofMaxSize(6);
        return Combinators.combine(people, members, Arbitraries.longs()).as((unnamedPeople, unnamedMembers, seed) -> {
            List<Person> directory = new ArrayList<>();
            for (int i = 0; i < unnamedPeople.size(); i++) {
                directory.add(unnamedPeople.get(i).apply(new PersonId(new UUID(seed - 17L * i, 100 + i))));
            }
            List<PersonId> ids = directory.stream().map(Person::id).toList();
            List<Member> network = new ArrayList<>();
            for (int i = 0; i < unnamedMembers.size(); i++) {
                network.add(unnamedMembers.get(i).apply(new MemberId(new UUID(seed + 31L * i, i)), ids));
            }
            return new Network(directory, network);
        });
    }

    /**
     * A person given an id: a name with the letters, quotes and line breaks names have; an email
     * or none; a phone or none; up to three areas of the catalogue.
     */
    private Arbitrary<Function<PersonId, Person>> person() {
        Arbitrary<String> email = Arbitraries.oneOf(Arbitraries.just(""), Combinators.combine(
                        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12),
                        Arbitraries.of("", ".", "+xarxa.", "_"),
                        Arbitraries.integers().between(0, 99),
                        Arbitraries.of("sabadell.cat", "diba.cat", "xarxa-ess.org", "ajuntament.barcelona.cat"))
                .as((name, separator, number, domain) -> name + separator + number + "@" + domain));
        Arbitrary<String> phone = Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.of("+34 937 453 100", "93 745 31 00", "(+34) 600-123-456", "+376 812 345", "972 00 00 00"));
        Arbitrary<List<String>> expertise = Arbitraries.of(Expertise.CATALOGUE).list().ofMaxSize(3).uniqueElements();
        return Combinators.combine(personNames(), email, phone, expertise)
                .as((name, address, number, tags) -> id -> new Person(id, name, address, number, Set.copyOf(tags), 0));
    }

    /**
     * People's names, pieced together from the parts Catalan names have, or as awkward as any
     * name; trimmed as the import trims them.
     */
    private Arbitrary<String> personNames() {
        Arbitrary<String> pieced = Arbitraries.of(PERSON_NAME_PARTS).list().ofMinSize(1).ofMaxSize(8)
                .map(parts -> String.join(" ", parts).trim())
                .filter(name -> !name.isBlank());
        return Arbitraries.oneOf(pieced, names());
    }

    /** Who asks to join: kind, official code and name. */
    private Arbitrary<Tuple.Tuple3<MemberKind, String, String>> bodies() {
        Arbitrary<Tuple.Tuple3<MemberKind, String, String>> townCouncils = Combinators.combine(
                        Arbitraries.of(MUNICIPALITIES), Arbitraries.oneOf(Arbitraries.just(""), names()))
                .as((municipality, name) -> Tuple.of(MemberKind.MUNICIPALITY, municipality.code().toString(),
                        name.isEmpty() ? municipality.name() : name));
        Arbitrary<Tuple.Tuple3<MemberKind, String, String>> countyCouncils = Combinators.combine(
                        Arbitraries.integers().between(1, 43), names())
                .as((county, name) -> Tuple.of(MemberKind.COUNTY_COUNCIL, String.format("%02d", county), name));
        Arbitrary<Tuple.Tuple3<MemberKind, String, String>> publicBodies = Combinators.combine(
                        Arbitraries.integers().between(0, 9_999_999), names())
                .as((number, name) -> Tuple.of(MemberKind.OTHER_PUBLIC_BODY, Networks.publicBodyNif(number), name));
        return Arbitraries.frequencyOf(
                Tuple.of(6, townCouncils), Tuple.of(2, countyCouncils), Tuple.of(2, publicBodies));
    }

    /** Names as people type them, trimmed as the import trims them. */
    private Arbitrary<String> names() {
        return Combinators.combine(
                        Arbitraries.strings().withChars(AWKWARD_CHARACTERS).ofMinLength(1).ofMaxLength(60),
                        Arbitraries.of("", " 😀", "𝄞", " \u2028 segona línia", "\u0000"))
                .as(String::concat)
                .map(String::trim)
                .filter(name -> !name.isBlank());
    }

    private Arbitrary<String> references() {
        return Arbitraries.strings().withChars(AWKWARD_CHARACTERS + "😀").ofMaxLength(80);
    }

    /** Up to four population figures, one a year, of any size a {@code long} holds. */
    private Arbitrary<List<Population>> populations() {
        return Combinators.combine(Arbitraries.integers().between(1900, 2999), Arbitraries.longs().greaterOrEqual(0), sources())
                .as(Population::new)
                .list().ofMaxSize(4)
                .uniqueElements(Population::year);
    }

    /** Sources pieced together from the parts people write, trimmed as the import trims them. */
    private Arbitrary<String> sources() {
        Arbitrary<String> part = Arbitraries.oneOf(Arbitraries.of(SOURCE_PARTS),
                Arbitraries.strings().withChars(AWKWARD_CHARACTERS).ofMinLength(1).ofMaxLength(12));
        return part.list().ofMinSize(1).ofMaxSize(10)
                .map(parts -> String.join("", parts).trim())
                .filter(source -> !source.isBlank() && source.length() <= MAX_SOURCE_LENGTH);
    }

    /** A path through the lifecycle from the application on: up to eight steps, each one the lifecycle allows. */
    private Arbitrary<History> histories() {
        Arbitrary<LocalDate> appliedOn = Arbitraries.integers().between(0, 14_000).map(EARLIEST::plusDays);
        Arbitrary<Step> step = Combinators.combine(
                        Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 2_000), references())
                .as(Step::new);
        return Combinators.combine(appliedOn, step.list().ofMaxSize(8)).as(History::new);
    }

    /**
     * Changes to the mandates of a member: up to six, each on a later day than the one before, as
     * the facade's rules need.
     */
    private Arbitrary<List<MandateStep>> mandateSteps() {
        return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(0, 5), Arbitraries.integers().between(1, 1_500))
                .as(MandateStep::new)
                .list().ofMaxSize(6);
    }

    private static BiFunction<MemberId, List<PersonId>, Member> member(Tuple.Tuple3<MemberKind, String, String> body,
                                                                      History history, List<Population> figures,
                                                                      List<MandateStep> mandateSteps) {
        return (id, people) -> {
            Member member = history.liveThrough(
                    Member.requestMembership(id, body.get1(), body.get2(), body.get3(), history.appliedOn()).orElseThrow());
            for (Population figure : figures) {
                member = member.recordPopulation(figure).orElseThrow();
            }
            LocalDate on = history.appliedOn();
            for (MandateStep step : mandateSteps) {
                if (people.isEmpty()) {
                    break;
                }
                on = on.plusDays(step.daysLater());
                member = step.takenBy(member, people, on);
            }
            return member;
        };
    }

    /**
     * One step of a history.
     *
     * @param choice     which of the statuses the lifecycle allows next is taken (modulo how many there are)
     * @param daysLater  how long after the step before
     * @param reference  the assembly or the reason; applying again takes none
     */
    private record Step(int choice, int daysLater, String reference) {
    }

    /**
     * One change to a member's mandates, made by the domain's own methods.
     *
     * @param action    appoint (0), hand over (1) or end (2); what the rules do not allow at that
     *                  point becomes an appointment, and a step no rule allows is left out
     * @param role      which role (modulo the roles there are)
     * @param person    which of the network's people (modulo how many there are)
     * @param daysLater how long after the change before; at least a day
     */
    private record MandateStep(int action, int role, int person, int daysLater) {

        Member takenBy(Member member, List<PersonId> people, LocalDate on) {
            Role chosenRole = Role.values()[role % Role.values().length];
            PersonId chosen = people.get(person % people.size());
            Optional<Mandate> open = member.openMandate(chosenRole);
            Decision<Member> taken = switch (action) {
                case 1 -> member.handOver(chosenRole, chosen, on);
                case 2 -> open.map(mandate -> member.endMandate(mandate.person(), chosenRole, on))
                        .orElseGet(() -> member.appoint(chosen, chosenRole, on));
                default -> member.appoint(chosen, chosenRole, on);
            };
            if (!taken.isAccepted()) {
                taken = member.appoint(chosen, chosenRole, on);
            }
            return taken.isAccepted() ? taken.orElseThrow() : member;
        }
    }

    private record History(LocalDate appliedOn, List<Step> steps) {

        /** Takes the applicant through the steps, each by the domain's own method. */
        Member liveThrough(Member applied) {
            Member member = applied;
            LocalDate on = appliedOn;
            for (Step step : steps) {
                List<MemberStatus> allowed = List.copyOf(member.status().next());
                MemberStatus next = allowed.get(step.choice() % allowed.size());
                on = on.plusDays(step.daysLater());
                Decision<Member> taken = switch (next) {
                    case APPLIED -> member.applyAgain(on);
                    case PENDING -> member.referToAssembly(on, step.reference());
                    case MEMBER -> member.admit(on, step.reference());
                    case WITHDRAWN -> member.withdraw(on, step.reference());
                };
                member = taken.orElseThrow();
            }
            return member;
        }
    }
}

package cat.xarxa.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cat.xarxa.Xarxa;
import cat.xarxa.common.Decision;
import cat.xarxa.common.Municipalities;
import cat.xarxa.common.Municipality;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.MemberStatus;
import cat.xarxa.member.Population;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
 * the lifecycle with its referrals and re-admissions, population figures, names, references and
 * sources with accents, quotes, line breaks and characters beyond the BMP), exporting it,
 * importing the file into an empty network and exporting again gives the same bytes and the same
 * members.
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

    @Property(tries = 50)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void a_json_export_imported_elsewhere_exports_the_same_bytes(@ForAll("networks") List<Member> members) {
        assertTheRoundTripKeepsEverything("json", members);
        reportWhatWasGenerated(members);
    }

    @Property(tries = 50)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void a_json_lines_export_imported_elsewhere_exports_the_same_bytes(@ForAll("networks") List<Member> members) {
        assertTheRoundTripKeepsEverything("jsonl", members);
        reportWhatWasGenerated(members);
    }

    private static void assertTheRoundTripKeepsEverything(String format, List<Member> members) {
        String first = Networks.export(format, members);
        try (Xarxa elsewhere = Networks.inMemory()) {
            assertEquals(members.size(), Networks.importInto(elsewhere, format, first).members());

            assertEquals(first, Networks.export(elsewhere, format));
            assertEquals(Networks.unversioned(members), Networks.unversioned(elsewhere.members().list()));
        }
    }

    /**
     * Counts the kinds, the lifecycle paths and the numbers of figures generated, and fails the
     * property if any of them never came up: a generator that stopped reaching re-admissions
     * would otherwise go unnoticed. The counts are not printed; a failed check names what never came up.
     */
    private static void reportWhatWasGenerated(List<Member> members) {
        for (Member member : members) {
            Statistics.label("kind").collect(member.kind());
            Statistics.label("figures").collect(member.population().size());
            for (String path : pathsOf(member)) {
                Statistics.label("lifecycle").collect(path);
            }
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

    /** Up to a dozen members with distinct official codes and ids. */
    @Provide
    Arbitrary<List<Member>> networks() {
        Arbitrary<List<Function<MemberId, Member>>> members = Combinators.combine(bodies(), histories(), populations())
                .as(JsonRoundTripPropertiesTest::member)
                .list().ofMaxSize(12)
                .uniqueElements(member -> member.apply(new MemberId(new UUID(0, 0))).officialCode());
        return Combinators.combine(members, Arbitraries.longs()).as((unnamed, seed) -> {
            List<Member> network = new ArrayList<>();
            for (int i = 0; i < unnamed.size(); i++) {
                network.add(unnamed.get(i).apply(new MemberId(new UUID(seed + 31L * i, i))));
            }
            return network;
        });
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

    private static Function<MemberId, Member> member(Tuple.Tuple3<MemberKind, String, String> body, History history,
                                                     List<Population> figures) {
        return id -> {
            Member member = history.liveThrough(
                    Member.requestMembership(id, body.get1(), body.get2(), body.get3(), history.appliedOn()).orElseThrow());
            for (Population figure : figures) {
                member = member.recordPopulation(figure).orElseThrow();
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
